package dev.storybrief.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A browser at an address the server has no page for is shown a page that links to the ones it has; programs keep JSON. */
class MissingPageTest {
    @TempDir
    static Path data;
    static StorybriefServer server;
    static Http http;

    @BeforeAll
    static void start() {
        server = StorybriefServer.start(ServerConfig.defaults(data).withPort(0));
        http = new Http(server.uri());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aBrowserIsShownAPageWithTheServersPages() {
        Http.Reply page = http.send(http.request("/storeis").header("Accept",
                "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8").GET().build());
        assertThat(page.status()).isEqualTo(404);
        assertThat(page.raw().headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(page.body()).contains("<html lang=\"en\"").contains("<h1>Page not found</h1>")
                .contains("href=\"/stories\"").contains("href=\"/\"");
    }

    @Test
    void programsAndTheApiKeepTheirJsonReply() {
        Http.Reply program = http.send(http.request("/storeis").header("Accept", "application/json").GET().build());
        assertThat(program.status()).isEqualTo(404);
        assertThat(program.json().get("status").asInt()).isEqualTo(404);
        Http.Reply api = http.send(http.request("/api/nothing-here").header("Accept", "text/html").GET().build());
        assertThat(api.status()).isEqualTo(404);
        assertThat(api.json().get("error").asText()).isNotBlank();
    }
}
