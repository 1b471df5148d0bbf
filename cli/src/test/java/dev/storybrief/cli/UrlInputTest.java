package dev.storybrief.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
        server.createContext("/feeds/city.rss", exchange -> {
            try (exchange) {
                byte[] feed = feed().getBytes(java.nio.charset.StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/rss+xml");
                exchange.sendResponseHeaders(200, feed.length);
                exchange.getResponseBody().write(feed);
            }
        });
        server.createContext("/plain/", exchange -> {
            try (exchange) {
                boolean markup = exchange.getRequestURI().getPath().endsWith(".html");
                byte[] body = markup ? page : ("Harbour ferry fares rise\n\nThe harbour council voted on Tuesday to"
                        + " raise ferry fares by ten percent from March, the council's spokesman said.\n")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            }
        });
        server.createContext("/moved", exchange -> {
            try (exchange) {
                exchange.getResponseHeaders().set("Location", "/2026/gazette.html");
                exchange.sendResponseHeaders(301, -1);
            }
        });
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

    /**
     * A made-up city feed: one item whose link is the served page (a teaser, so the page is fetched), one whose page
     * is missing (its teaser is read, with a warning).
     */
    private static String feed() {
        return "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Port Aldren City News</title>"
                + "<item><title>Bridge collapse</title><link>" + base + "/2026/gazette.html</link>"
                + "<description>Part of the Millbrook Bridge fell into the Aldren River.</description></item>"
                + "<item><title>Inspections begin</title><link>" + base + "/2026/inspections.html</link>"
                + "<description>State engineers began inspecting the bridge's two remaining spans on Wednesday"
                + " morning, the city said.</description></item></channel></rss>";
    }

    @Test
    void aFeedUrlIsBriefedItemByItem() throws Exception {
        CliRun run = CliRun.of("brief", "--allow-private", "--format", "json", base + "/feeds/city.rss",
                BriefCommandTest.example().resolve("wire.txt").toString());
        assertThat(run.status()).isZero();
        JsonNode briefing = JSON.readTree(run.out());
        assertThat(briefing.get("articles")).extracting(a -> a.get("id").asText())
                .containsExactlyInAnyOrder("127.0.0.1-city-gazette", "127.0.0.1-city-inspections", "wire");
        assertThat(run.err().lines().filter(l -> l.contains("inspections.html"))).singleElement()
                .satisfies(l -> assertThat(l).contains("feed item 2").contains("read from the text the feed gives it")
                        .contains("HTTP 404"));
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");

        JsonNode saved = JSON.readTree(CliRun.of("extract", "--format", "json",
                BriefCommandTest.example().resolve("gazette.html").toString()).out());
        List<JsonNode> rows = CliRun.of("extract", "--allow-private", "--format", "jsonl", base + "/feeds/city.rss")
                .out().lines().map(UrlInputTest::json).toList();
        assertThat(rows).extracting(r -> r.get("path").asText()).containsExactly(
                base + "/feeds/city.rss#127.0.0.1-city-gazette", base + "/feeds/city.rss#127.0.0.1-city-inspections");
        assertThat(rows.get(0).get("text")).isEqualTo(saved.get("text"));
        assertThat(rows.get(1).get("text").asText()).startsWith("State engineers began inspecting");
    }

    private static JsonNode json(String line) {
        try {
            return JSON.readTree(line);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An address that redirects to a page already given is that page, read once: not a second outlet agreeing. */
    @Test
    void twoAddressesOfOnePageAreOneArticle() throws Exception {
        CliRun run = CliRun.of("brief", "--allow-private", "--format", "json", base + "/2026/gazette.html",
                base + "/moved", BriefCommandTest.example().resolve("wire.txt").toString());
        assertThat(run.status()).isZero();
        assertThat(JSON.readTree(run.out()).get("articles")).extracting(a -> a.get("id").asText())
                .containsExactlyInAnyOrder("127.0.0.1-gazette", "wire");
        assertThat(run.err()).contains(base + "/moved: the same page as " + base + "/2026/gazette.html");
    }

    /**
     * A feed given beside a page it lists is read, only its item of that page is read once: the line names the item,
     * not the feed as if it were skipped (QA tour 26 #15: "skipped .../fr.rss: the same page as ...").
     */
    @Test
    void aFeedListingAPageGivenBesideItNamesTheItemReadOnce() throws Exception {
        CliRun run = CliRun.of("brief", "--allow-private", "--format", "json", base + "/2026/gazette.html",
                base + "/feeds/city.rss");
        assertThat(run.status()).isZero();
        assertThat(JSON.readTree(run.out()).get("articles")).extracting(a -> a.get("id").asText())
                .containsExactlyInAnyOrder("127.0.0.1-gazette", "127.0.0.1-city-inspections");
        assertThat(run.err().lines().filter(l -> l.contains("same page"))).singleElement().isEqualTo(
                "storybrief: skipped " + base + "/feeds/city.rss: its item " + base + "/2026/gazette.html is the same"
                + " page as " + base + "/2026/gazette.html, read once");
    }

    /** An article served as plain text is read as a .txt file; a page served as text/plain as the page it is. */
    @Test
    void plainTextServedIsReadAsATextFile() throws Exception {
        CliRun run = CliRun.of("brief", "--allow-private", "--format", "json", base + "/plain/fares.txt",
                base + "/plain/gazette.html");
        assertThat(run.err()).doesNotContain("wrong content type").doesNotContain("neither a web page");
        JsonNode articles = JSON.readTree(run.out()).get("articles");
        assertThat(articles).extracting(a -> a.get("url").asText())
                .containsExactlyInAnyOrder(base + "/plain/fares.txt", base + "/plain/gazette.html");
        assertThat(articles).extracting(a -> a.get("title").asText()).contains("Harbour ferry fares rise");
    }

    @Test
    void privateAddressesNeedToBeAllowed() {
        CliRun run = CliRun.of("stories", base + "/2026/gazette.html");
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains("forbidden address").contains("--allow-private");
        CliRun allowed = CliRun.of("stories", "--allow-private", base + "/2026/gazette.html");
        assertThat(allowed.status()).isZero();
        assertThat(allowed.out()).startsWith("1 story from 1 article\n");
        // brief's error names the addresses given, not an id made of the first one ("127.0.0.1-gazette")
        CliRun brief = CliRun.of("brief", base + "/2026/gazette.html", base + "/2026/other.html");
        assertThat(brief.status()).isEqualTo(1);
        assertThat(brief.err()).contains("no readable article in " + base + "/2026/gazette.html, " + base
                + "/2026/other.html (").doesNotContain("127.0.0.1-gazette");
    }

    @Test
    void annotateFetchesUrlsAsBriefDoesAndLocalOnesNeedToBeAllowed() throws Exception {
        CliRun refused = CliRun.of("annotate", base + "/2026/gazette.html");
        assertThat(refused.status()).isEqualTo(1);
        assertThat(refused.err()).contains("forbidden address").contains("--allow-private").doesNotContain("\tat ");
        CliRun allowed = CliRun.of("annotate", "--allow-private", base + "/2026/gazette.html");
        assertThat(allowed.status()).as(allowed.err()).isZero();
        assertThat(allowed.out().lines()).hasSize(1);
        JsonNode fetched = JSON.readTree(allowed.out());
        JsonNode saved = JSON.readTree(CliRun.of("annotate",
                BriefCommandTest.example().resolve("gazette.html").toString()).out());
        // the page fetched is annotated as its saved copy is
        assertThat(fetched.get("text")).isEqualTo(saved.get("text"));
        assertThat(fetched.get("entities")).isEqualTo(saved.get("entities"));
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
