package dev.storybrief.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** brief, extract and stories take http(s) URLs beside files: a page served here reads as its saved copy does. */
class UrlInputTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static HttpServer server;
    private static String base;

    @BeforeAll
    static void serveTheExample() throws Exception {
        Path gazette = BriefCommandTest.example().resolve("gazette.html");
        byte[] page = Files.readAllBytes(gazette);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            try (exchange) {
                boolean found = exchange.getRequestURI().getPath().equals("/2026/gazette.html");
                exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
                exchange.sendResponseHeaders(found ? 200 : 404, found ? page.length : -1);
                if (found) {
                    exchange.getResponseBody().write(page);
                }
            }
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    @Test
    void aFetchedPageExtractsAsItsSavedCopy() throws Exception {
        JsonNode fetched = JSON.readTree(CliRun.of("extract", "--allow-private", "--format", "json",
                base + "/2026/gazette.html").out());
        JsonNode saved = JSON.readTree(CliRun.of("extract", "--format", "json",
                BriefCommandTest.example().resolve("gazette.html").toString()).out());
        assertThat(fetched.get("path").asText()).isEqualTo(base + "/2026/gazette.html");
        for (String field : new String[]{"title", "published", "author", "text"}) {
            assertThat(fetched.get(field)).as(field).isEqualTo(saved.get(field));
        }
    }

    @Test
    void urlsAndFilesAreBriefedTogetherAndABadUrlIsOneLine() throws Exception {
        CliRun run = CliRun.of("brief", "--allow-private", "--format", "json", base + "/2026/gazette.html",
                base + "/missing.html", "ftp://example.org/x",
                BriefCommandTest.example().resolve("wire.txt").toString());
        assertThat(run.status()).isZero();
        JsonNode briefing = JSON.readTree(run.out());
        assertThat(briefing.get("articles")).extracting(a -> a.get("id").asText())
                .contains("127.0.0.1-gazette", "wire");
        // the reader can open the original: the address is kept beside the file a saved article has
        for (JsonNode article : briefing.get("articles")) {
            String id = article.get("id").asText();
            assertThat(article.get("url").isNull()).as(id).isEqualTo(!id.equals("127.0.0.1-gazette"));
        }
        assertThat(briefing.get("articles")).extracting(a -> a.get("url").asText())
                .contains(base + "/2026/gazette.html");
        String text = CliRun.of("brief", "--allow-private", base + "/2026/gazette.html",
                BriefCommandTest.example().resolve("wire.txt").toString()).out();
        assertThat(text).contains("   " + base + "/2026/gazette.html\n");
        assertThat(run.err()).contains("/missing.html: HTTP error (HTTP 404)").contains("ftp://example.org/x: bad URL")
                .doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void privateAddressesNeedToBeAllowed() {
        CliRun run = CliRun.of("stories", base + "/2026/gazette.html");
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains("forbidden address").contains("--allow-private");
        CliRun allowed = CliRun.of("stories", "--allow-private", base + "/2026/gazette.html");
        assertThat(allowed.status()).isZero();
        assertThat(allowed.out()).contains("1 story from 1 article ");
    }

    @Test
    void anAddressThatIsNoUrlAloneIsOneLineInEveryCommand() {
        for (String command : new String[]{"brief", "stories", "extract"}) {
            CliRun run = CliRun.of(command, "http://[::1");
            assertThat(run.status()).as(command).isEqualTo(1);
            assertThat(run.err().lines()).as(command).hasSize(1);
            assertThat(run.err()).as(command).contains("http://[::1: bad URL").contains("closing ']'")
                    .doesNotContain("Expected").doesNotContain("about:invalid").doesNotContain("\tat ");
        }
    }
}
