package dev.storybrief.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bearer token, server-side paths confined to --allow-dir, and the listening address. */
class AccessTest {
    @TempDir
    Path data;

    @Test
    void aTokenIsNeededOnEveryApiCallButNotForThePageOrHealth() {
        try (StorybriefServer server = StorybriefServer.start(ServerConfig.defaults(data).withPort(0).withToken("s3cret"))) {
            Http anonymous = new Http(server.uri());
            Http wrong = new Http(server.uri(), "guess");
            Http right = new Http(server.uri(), "s3cret");
            Map<String, Object> body = Map.of("articles", List.of(Map.of("text",
                    TestFiles.read(TestFiles.millbrook().resolve("wire.txt")))));

            for (Http client : List.of(anonymous, wrong)) {
                Http.Reply post = client.postJson("/api/briefs", body);
                assertThat(post.status()).isEqualTo(401);
                assertThat(post.json().get("error").asText()).contains("Bearer");
                assertThat(post.raw().headers().firstValue("WWW-Authenticate")).contains("Bearer");
                assertThat(client.get("/api/briefs").status()).isEqualTo(401);
                assertThat(client.get("/api/briefs/x").status()).isEqualTo(401);
                assertThat(client.delete("/api/briefs/x").status()).isEqualTo(401);
            }
            assertThat(anonymous.get("/health").status()).isEqualTo(200);
            assertThat(anonymous.get("/health").json().get("tokenRequired").asBoolean()).isTrue();
            assertThat(anonymous.get("/").status()).isEqualTo(200);

            Http.Reply created = right.postJson("/api/briefs", body);
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            String id = created.json().get("id").asText();
            assertThat(right.get("/api/briefs/" + id).status()).isEqualTo(200);
            assertThat(anonymous.get("/api/briefs/" + id).status()).isEqualTo(401);
        }
    }

    @Test
    void serverPathsAreReadOnlyInsideTheAllowedFolder(@TempDir Path allowed, @TempDir Path outside) throws IOException {
        Path story = Files.createDirectories(allowed.resolve("millbrook"));
        for (Path p : TestFiles.millbrookArticles()) {
            Files.copy(p, story.resolve(p.getFileName()));
        }
        Path secret = Files.writeString(outside.resolve("secret.txt"), "A secret text that must never be read.");
        Files.createSymbolicLink(story.resolve("link.txt"), secret);
        Files.createSymbolicLink(allowed.resolve("escape"), outside);

        try (StorybriefServer server = StorybriefServer.start(ServerConfig.defaults(data).withPort(0).withAllowDir(allowed))) {
            Http http = new Http(server.uri());
            assertThat(http.get("/health").json().get("serverPaths").asBoolean()).isTrue();

            Http.Reply folder = http.postJson("/api/briefs", Map.of("articles", List.of(Map.of("path", "millbrook"))));
            assertThat(folder.status()).as(folder.toString()).isEqualTo(201);
            JsonNode brief = folder.json();
            assertThat(brief.get("articles")).hasSize(5);
            assertThat(brief.toString()).doesNotContain("secret text");
            assertThat(brief.get("articles").get(0).get("path").asText()).isEqualTo("millbrook/courier.txt");

            Http.Reply file = http.postJson("/api/briefs", Map.of("articles", List.of(
                    Map.of("path", story.resolve("wire.txt").toString()), Map.of("path", "millbrook/network.txt"))));
            assertThat(file.status()).as(file.toString()).isEqualTo(201);

            for (String bad : List.of("../" + outside.getFileName() + "/secret.txt", secret.toString(), "/etc/passwd",
                    "millbrook/link.txt", "escape/secret.txt", "escape")) {
                Http.Reply refused = http.postJson("/api/briefs", Map.of("articles", List.of(Map.of("path", bad))));
                assertThat(refused.status()).as(bad + " -> " + refused).isIn(400, 403);
                assertThat(refused.body()).doesNotContain("secret text");
            }
            assertThat(http.postJson("/api/briefs", Map.of("articles", List.of(Map.of("path", "/etc/passwd")))).status())
                    .isEqualTo(403);
            assertThat(http.postJson("/api/briefs", Map.of("articles", List.of(Map.of("path", "nope.txt")))).status())
                    .isEqualTo(400);
        }
    }

    @Test
    void itListensOnLoopbackByDefault() {
        ServerConfig defaults = ServerConfig.defaults(data);
        assertThat(defaults.bind()).isEqualTo("127.0.0.1");
        assertThat(defaults.port()).isEqualTo(8080);
        try (StorybriefServer server = StorybriefServer.start(defaults.withPort(0))) {
            assertThat(server.uri().getHost()).isEqualTo("127.0.0.1");
            assertThat(server.port()).isPositive();
        }
    }

    @Test
    void aPortInUseIsAOneLineError() {
        try (StorybriefServer first = StorybriefServer.start(ServerConfig.defaults(data).withPort(0))) {
            assertThatThrownBy(() -> StorybriefServer.start(ServerConfig.defaults(data.resolve("other")).withPort(first.port())))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("cannot listen on 127.0.0.1:" + first.port());
        }
    }
}
