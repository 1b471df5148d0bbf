package dev.storybrief.server.desk;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The desk reads a feed's item as {@code brief} does: an item carrying its whole article is stored from the feed with
 * no fetch, a teaser whose page fails is stored from the teaser, said in the cycle's line, and a bare title whose page
 * fails is a failure as before. A made-up RSS feed served by the test.
 */
class DeskFeedTextTest {
    /** 149 words: an article, not a teaser (fewer than 120 would be one). */
    private static final String WHOLE = ("The recorder of the grounded ferry Solvind was lifted from the wreck on Friday by divers of "
            + "the coastguard, who had worked for two days in cold water and strong currents off Kessel Island. "
            + "Investigators said the recorder would be read in the capital next week. The ferry ran aground on "
            + "Tuesday morning with forty passengers and six crew on board, and all were brought ashore by lifeboat "
            + "crews. The captain has been questioned by the police twice, and the company has said that it will "
            + "cooperate fully with the investigation. Salvage crews plan to refloat the ferry on the next high tide, "
            + "weather permitting, and to tow it to the shipyard at Vesterhavn for repairs. Sailings to the island "
            + "remain cancelled until a replacement vessel arrives from the mainland. Residents said the island "
            + "depends on the ferry for food, fuel and medicine deliveries every day of the year.");
    private static final String TEASER = "Police questioned the captain of the Solvind for a second time on Thursday.";

    @TempDir
    Path dir;

    @Test
    void itemsAreReadFromTheFeedWhenItCarriesTheArticleOrWhenTheirPageFails() throws Exception {
        assertThat(WHOLE.split("\\s+")).hasSizeGreaterThanOrEqualTo(120);
        List<String> requested = new CopyOnWriteArrayList<>();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        String feed = "<?xml version=\"1.0\"?><rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\">"
                + "<channel><title>Island Echo</title><link>" + base + "/</link><description>News</description>"
                + item("Recorder lifted from the Solvind", base + "/whole.html", "<content:encoded><![CDATA[<p>" + WHOLE
                + "</p>]]></content:encoded>")
                + item("Captain questioned again", base + "/gone.html", "<description>" + TEASER + "</description>")
                + item("Ferry timetable", base + "/also-gone.html", "")
                + "</channel></rss>";
        Map<String, String> pages = Map.of("/feed.xml", feed);
        server.createContext("/", exchange -> {
            requested.add(exchange.getRequestURI().getPath());
            String body = pages.get(exchange.getRequestURI().getPath());
            send(exchange, body == null ? 404 : 200, body == null ? "<p>Not found</p>" : body);
        });
        server.start();
        try {
            Path feeds = dir.resolve("feeds.txt");
            Files.writeString(feeds, base + "/feed.xml\n");
            try (DeskHarness desk = new DeskHarness(dir.resolve("data"), feeds, DeskHarness.testPolicy(), null)) {
                desk.watcher.recover();
                CycleReport report = desk.watcher.cycle();
                Map<String, DeskArticle> stored = desk.articles().stream()
                        .collect(Collectors.toMap(DeskArticle::url, Function.identity()));
                List<String> log = desk.log();
                log.forEach(System.out::println);

                assertThat(report.stored()).isEqualTo(2);
                assertThat(report.failures()).isEqualTo(1);
                assertThat(stored).containsOnlyKeys(base + "/whole.html", base + "/gone.html");
                // the whole article from the feed, its page never asked for
                assertThat(stored.get(base + "/whole.html").text()).isEqualTo(WHOLE);
                assertThat(stored.get(base + "/whole.html").title()).isEqualTo("Recorder lifted from the Solvind");
                assertThat(stored.get(base + "/whole.html").outlet()).isEqualTo("Island Echo");
                assertThat(requested).doesNotContain("/whole.html").contains("/gone.html", "/also-gone.html");
                // the teaser after its page failed, said in the cycle's line, not in a line of its own
                assertThat(stored.get(base + "/gone.html").text()).isEqualTo(TEASER);
                assertThat(report.line()).contains("1 read from their feeds' text as their pages failed (1 HTTP 404");
                assertThat(log).noneMatch(l -> l.contains("/gone.html"));
                // a title alone is no article: its failed page is a failure, as before
                assertThat(log).anyMatch(l -> l.contains("/also-gone.html") && l.contains("404"));
                assertThat(log).noneMatch(l -> l.contains("Exception") || l.contains("\tat "));
                // each failed page is one more error on the feed's count, the one its teaser stood in for too
                assertThat(desk.store.articles().feeds()).filteredOn(f -> f.url().equals(base + "/feed.xml"))
                        .singleElement().satisfies(f -> assertThat(f.errors()).isEqualTo(2));
            }
        } finally {
            server.stop(0);
        }
    }

    /**
     * An item whose page is an article served as plain text is read as {@code brief} reads that address, as a .txt file
     * (qa21 #14); an item whose link names a host that does not resolve and whose teaser holds no sentence of article
     * prose (cut off by an ellipsis: {@code brief} skips it too) waits, as one with no text does, instead of being
     * stored for good from its teaser; a teaser that is an article is stored ({@link DeskDeadLinksTest}).
     */
    @Test
    void aPlainTextPageIsReadAsTextAndAnUnknownHostWaitsTeaserOrNot() throws Exception {
        String article = "Aldbury residents queue for bottled water\n\nResidents of Aldbury queued for bottled water"
                + " on Wednesday after the River Wend spill cut the supply to 3,500 homes, the water company said.\n\n"
                + "\"We have been told nothing,\" said Margaret Lowe, who has lived in the village for forty years.\n";
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        String feed = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Wend Newswire</title><link>" + base
                + "/</link><description>News</description>"
                + item("Aldbury residents queue for bottled water", base + "/queue.txt",
                "<description>Residents of Aldbury queued…</description>")
                + item("Brightwater charged", "http://no-such-host.invalid/charged.html",
                "<description>The Environment Agency has charged Brightwater…</description>")
                + "</channel></rss>";
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            byte[] bytes = (path.equals("/feed.xml") ? feed : article).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", path.endsWith(".xml") ? "application/rss+xml"
                    : "text/plain; charset=utf-8");
            exchange.sendResponseHeaders(path.equals("/feed.xml") || path.equals("/queue.txt") ? 200 : 404, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
        try {
            Path feeds = dir.resolve("feeds.txt");
            Files.writeString(feeds, base + "/feed.xml\n");
            try (DeskHarness desk = new DeskHarness(dir.resolve("data"), feeds, DeskHarness.testPolicy(), null)) {
                desk.watcher.recover();
                CycleReport report = desk.watcher.cycle();
                List<String> log = desk.log();
                log.forEach(System.out::println);
                assertThat(report.stored()).isEqualTo(1);
                assertThat(desk.articles()).singleElement().satisfies(a -> {
                    assertThat(a.url()).isEqualTo(base + "/queue.txt");
                    assertThat(a.text()).contains("3,500 homes", "Margaret Lowe");
                });
                assertThat(log).noneMatch(l -> l.contains("text/plain"));
                assertThat(log).filteredOn(l -> l.contains("no-such-host.invalid")).singleElement()
                        .satisfies(l -> assertThat(l).contains("unknown host").contains("not tried again")
                                .doesNotContain("read from"));
                desk.watcher.cycle();
                assertThat(desk.articles()).as("the unknown host's item waits: its teaser is not stored").hasSize(1);
            }
        } finally {
            server.stop(0);
        }
    }

    /**
     * A feed that lists other papers' texts under its own title (qa22 #13): a .txt that signs itself "© 2026 Aldbury
     * Advertiser" is credited to the Advertiser, not the feed; a Markdown page served as text/markdown is read as a
     * .md file is (it was refused, and its teaser stored), credited to the masthead it opens with.
     */
    @Test
    void aTextPageIsCreditedToThePublisherItNamesAndMarkdownIsReadAsText() throws Exception {
        String txt = "Aldbury residents queue for bottled water\n\nResidents of Aldbury queued for bottled water"
                + " on Wednesday after the River Wend spill cut the supply to 3,500 homes, the water company said.\n\n"
                + "\"We have been told nothing,\" said Margaret Lowe, who has lived in the village for forty years.\n\n"
                + "© 2026 Aldbury Advertiser\n";
        String md = "# Wend spill: council opens rest centre\n\n**Wendham Chronicle** — 17 April 2026\n\n"
                + "Wendham council opened a rest centre in the town hall on Thursday for families without water after"
                + " the River Wend spill, its leader Priya Shah said.\n\nAbout 3,500 homes remain without a supply,"
                + " according to the water company, which said tankers would arrive on Friday.\n";
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        String feed = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Wend Newswire</title><link>" + base
                + "/</link><description>News</description>"
                + item("Aldbury residents queue for bottled water", base + "/queue.txt",
                "<description>Residents of Aldbury queued.</description>")
                + item("Wend spill: council opens rest centre", base + "/centre.md",
                "<description>Wendham council opened a rest centre.</description>")
                + "</channel></rss>";
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            byte[] bytes = (path.equals("/feed.xml") ? feed : path.endsWith(".md") ? md : txt)
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", path.endsWith(".xml") ? "application/rss+xml"
                    : path.endsWith(".md") ? "text/markdown; charset=utf-8" : "text/plain; charset=utf-8");
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
        try {
            Path feeds = dir.resolve("feeds.txt");
            Files.writeString(feeds, base + "/feed.xml\n");
            try (DeskHarness desk = new DeskHarness(dir.resolve("data"), feeds, DeskHarness.testPolicy(), null)) {
                desk.watcher.recover();
                CycleReport report = desk.watcher.cycle();
                List<String> log = desk.log();
                log.forEach(System.out::println);
                assertThat(report.stored()).isEqualTo(2);
                Map<String, DeskArticle> stored = desk.articles().stream()
                        .collect(Collectors.toMap(DeskArticle::url, Function.identity()));
                assertThat(stored.get(base + "/queue.txt").outlet()).isEqualTo("Aldbury Advertiser");
                assertThat(stored.get(base + "/centre.md").text()).contains("Priya Shah", "tankers would arrive");
                assertThat(stored.get(base + "/centre.md").outlet()).isEqualTo("Wendham Chronicle");
                assertThat(log).noneMatch(l -> l.contains("text/markdown") || l.contains("read from the text"));
            }
        } finally {
            server.stop(0);
        }
    }

    /**
     * An item whose feed text cleans to nothing ("Share Tweet") and whose page fails is no article (qa22 #13: "Broken
     * item" was stored from it, a story of its own that could not be briefed): it fails as its page did, and only the
     * whole article is stored.
     */
    @Test
    void anItemWhoseFeedTextIsAllBoilerplateIsNotStored() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        String feed = "<?xml version=\"1.0\"?><rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\">"
                + "<channel><title>Island Echo</title><link>" + base + "/</link><description>News</description>"
                + item("Recorder lifted from the Solvind", base + "/whole.html", "<content:encoded><![CDATA[<p>" + WHOLE
                + "</p>]]></content:encoded>")
                + item("Broken item", base + "/broken.html", "<description><![CDATA[<p>Share Tweet]]></description>")
                + "</channel></rss>";
        server.createContext("/", exchange -> {
            boolean isFeed = exchange.getRequestURI().getPath().equals("/feed.xml");
            send(exchange, isFeed ? 200 : 404, isFeed ? feed : "<p>Not found</p>");
        });
        server.start();
        try {
            Path feeds = dir.resolve("feeds.txt");
            Files.writeString(feeds, base + "/feed.xml\n");
            try (DeskHarness desk = new DeskHarness(dir.resolve("data"), feeds, DeskHarness.testPolicy(), null)) {
                desk.watcher.recover();
                CycleReport report = desk.watcher.cycle();
                List<String> log = desk.log();
                log.forEach(System.out::println);
                assertThat(report.stored()).isEqualTo(1);
                assertThat(desk.articles()).extracting(DeskArticle::url).containsExactly(base + "/whole.html");
                assertThat(log).anyMatch(l -> l.contains("/broken.html") && l.contains("404"))
                        .noneMatch(l -> l.contains("read from the text the feed gives it"));
            }
        } finally {
            server.stop(0);
        }
    }

    private static String item(String title, String link, String text) {
        return "<item><title>" + title + "</title><link>" + link + "</link>"
                + "<pubDate>Fri, 17 Apr 2026 09:00:00 GMT</pubDate>" + text + "</item>";
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type",
                exchange.getRequestURI().getPath().endsWith(".xml") ? "application/rss+xml" : "text/html; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
