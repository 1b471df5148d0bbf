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
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A feed that corrects an article: the desk fetches a stored item again only when the feed lists it with another
 * title or date, and the newer version replaces the old one in its story, with a note.
 */
class DeskRevisionTest {
    private static final String FIRST = "The oil tanker Marisa Vey ran aground off Kelby Point early on Monday with"
            + " 40,000 tonnes of crude on board. Coastguard commander Ines Navarro said no oil had leaked and the 22"
            + " crew were safe. Salvage teams from Rotterdam are expected on Wednesday.";
    private static final String CORRECTED = "The oil tanker Marisa Vey ran aground off Kelby Point early on Monday"
            + " with 40,000 tonnes of crude on board. Coastguard commander Ines Navarro said a small amount of oil had"
            + " leaked and the 22 crew were safe. Salvage teams from Rotterdam are expected on Wednesday.";
    private static final String OTHER = "Salvage crews were on their way to the tanker Marisa Vey, aground off Kelby"
            + " Point since Monday with 40,000 tonnes of crude, the coastguard said. Its 22 crew were safe, commander"
            + " Ines Navarro said, and booms were being laid along the shore.";

    @TempDir
    Path dir;

    /** A news site on 127.0.0.1: one feed and its pages, each changed by the test; every request is counted. */
    static final class Site implements AutoCloseable {
        final HttpServer server;
        final Map<String, String> pages = new ConcurrentHashMap<>();
        final List<String> requests = new CopyOnWriteArrayList<>();
        volatile String feed = "";

        Site() throws IOException {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/", this::handle);
            server.start();
        }

        String base() {
            return "http://127.0.0.1:" + server.getAddress().getPort();
        }

        private void handle(HttpExchange exchange) throws IOException {
            String path = exchange.getRequestURI().getPath();
            requests.add(path);
            String body = path.equals("/feed.xml") ? feed : pages.get(path);
            byte[] bytes = (body == null ? "not found" : body).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", path.endsWith(".xml") ? "application/rss+xml"
                    : body == null ? "text/plain" : "text/html; charset=utf-8");
            exchange.sendResponseHeaders(body == null ? 404 : 200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }

        long fetchesOf(String path) {
            return requests.stream().filter(path::equals).count();
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }

    private static String page(String outlet, String title, String text) {
        return "<html><head><title>" + title + "</title><meta property=\"og:site_name\" content=\"" + outlet + "\">"
                + "<meta property=\"article:published_time\" content=\"2026-11-16T09:00:00Z\"></head><body><article>"
                + "<h1>" + title + "</h1><p>" + text + "</p></article></body></html>";
    }

    private static String feed(String base, String firstTitle, String firstDate) {
        return "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Kelby Wire</title>"
                + "<item><title>" + firstTitle + "</title><link>" + base + "/h1.html</link><guid>" + base + "/h1.html</guid>"
                + "<pubDate>" + firstDate + "</pubDate></item>"
                + "<item><title>Salvage crews head for stranded tanker</title><link>" + base + "/h2.html</link>"
                + "<pubDate>Mon, 16 Nov 2026 11:00:00 GMT</pubDate></item></channel></rss>";
    }

    private static String newestBriefing(DeskHarness desk, String storyId) {
        return desk.store.queries().briefings(storyId).get(0).json();
    }

    /** A store made before stamps were kept gets the new columns; its stored items are never counted as changed. */
    @Test
    void anOlderStoreGetsTheNewColumnsAndItsItemsAreNotRefetched() throws Exception {
        Path data = dir.resolve("old");
        Files.createDirectories(data);
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:"
                + data.resolve(dev.storybrief.server.BriefStore.FILE_NAME));
             java.sql.Statement s = c.createStatement()) {
            s.execute("CREATE TABLE feed_items (url TEXT PRIMARY KEY, feed_url TEXT, state TEXT NOT NULL, "
                    + "attempts INTEGER NOT NULL, reason TEXT, updated TEXT NOT NULL)");
            s.execute("INSERT INTO feed_items VALUES ('http://x.example/a.html', 'f', 'stored', 1, NULL, 'now')");
            s.execute("CREATE TABLE articles (seq INTEGER PRIMARY KEY AUTOINCREMENT, url TEXT NOT NULL UNIQUE, "
                    + "feed_url TEXT, title TEXT, outlet TEXT, author TEXT, published TEXT, published_origin TEXT, "
                    + "published_day TEXT, fetched TEXT NOT NULL, text TEXT NOT NULL, story_id TEXT, copy_of TEXT)");
            s.execute("INSERT INTO articles (url, fetched, text) VALUES ('http://x.example/a.html', 'now', 'Text.')");
        }
        try (DeskStore store = DeskStore.open(data)) {
            assertThat(store.articles().changed(Map.of("http://x.example/a.html", "Retitled||"))).isEmpty();
            List<DeskArticle> all = new java.util.ArrayList<>();
            store.articles().forEach(0, all::add);
            assertThat(all).singleElement().satisfies(a -> assertThat(a.revised()).isNull());
        }
    }

    @Test
    void aRetitledItemIsFetchedAgainAndItsNewerVersionReplacesTheOld() throws Exception {
        try (Site site = new Site()) {
            String base = site.base();
            site.pages.put("/h1.html", page("Harbour Post", "Tanker aground off Kelby Point", FIRST));
            site.pages.put("/h2.html", page("Kelby Courier", "Salvage crews head for stranded tanker", OTHER));
            site.feed = feed(base, "Tanker aground off Kelby Point", "Mon, 16 Nov 2026 09:00:00 GMT");
            Path feeds = Files.writeString(dir.resolve("feeds.txt"), base + "/feed.xml\n");
            try (DeskHarness desk = new DeskHarness(dir.resolve("data"), feeds, DeskHarness.testPolicy(), null)) {
                desk.watcher.recover();
                assertThat(desk.watcher.cycle().stored()).isEqualTo(2);
                DeskArticle first = desk.articles().stream().filter(a -> a.url().endsWith("/h1.html")).findFirst()
                        .orElseThrow();
                String story = first.storyId();
                assertThat(newestBriefing(desk, story)).contains("no oil had leaked");

                // the page changes, the feed does not: nothing is fetched again
                site.pages.put("/h1.html", page("Harbour Post", "Tanker aground off Kelby Point", CORRECTED));
                CycleReport quiet = desk.watcher.cycle();
                assertThat(quiet.revised()).isZero();
                assertThat(site.fetchesOf("/h1.html")).isEqualTo(1);

                // the feed retitles the item: its page is fetched again and replaces the stored text, same id and story
                site.feed = feed(base, "UPDATED: Tanker aground off Kelby Point", "Mon, 16 Nov 2026 09:00:00 GMT");
                CycleReport report = desk.watcher.cycle();
                assertThat(report.revised()).isEqualTo(1);
                assertThat(report.stored()).isZero();
                assertThat(report.line()).contains("1 updated");
                assertThat(site.fetchesOf("/h1.html")).isEqualTo(2);
                assertThat(site.fetchesOf("/h2.html")).as("the unchanged item is not fetched again").isEqualTo(1);
                assertThat(desk.articles()).hasSize(2);
                DeskArticle revised = desk.articles().stream().filter(a -> a.id().equals(first.id())).findFirst()
                        .orElseThrow();
                assertThat(revised.text()).contains("a small amount of oil had leaked");
                assertThat(revised.revised()).isNotNull();
                assertThat(revised.storyId()).isEqualTo(story);
                String briefing = newestBriefing(desk, story);
                assertThat(briefing).contains("small amount of oil").doesNotContain("no oil had leaked")
                        .contains("note " + first.id() + " (Harbour Post) was updated at its source");

                // a new publication date counts too; an unchanged feed after it fetches nothing
                site.feed = feed(base, "UPDATED: Tanker aground off Kelby Point", "Mon, 16 Nov 2026 15:30:00 GMT");
                desk.watcher.cycle();
                assertThat(site.fetchesOf("/h1.html")).isEqualTo(3);
                desk.watcher.cycle();
                assertThat(site.fetchesOf("/h1.html")).isEqualTo(3);
                assertThat(desk.log()).isEmpty();
            }
        }
    }
    /** The rest of a whole article a feed carries (with FIRST or CORRECTED, over the feed's 120-word teaser bound). */
    private static final String REST = "The tanker left Bremer Sound on Saturday bound for the refinery at Ostmark,"
            + " its owners said. Harbour master Tomas Ekdal said the ship had lost steering in heavy seas on Sunday"
            + " night and drifted onto a sandbank two miles from the shore. Fishing boats were told to keep clear of"
            + " the area, and the ferry to Kelby Island was cancelled for the day. Environmental groups asked the"
            + " government to publish its plan for a spill, and residents of Kelby Point gathered on the cliffs to"
            + " watch the salvage tugs arrive.";

    private static String fullTextFeed(String base, String title, String text) {
        return "<?xml version=\"1.0\"?><rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\">"
                + "<channel><title>Kelby Wire</title><item><title>" + title + "</title><link>" + base + "/gone.html"
                + "</link><guid>" + base + "/gone.html</guid><pubDate>Mon, 16 Nov 2026 09:00:00 GMT</pubDate>"
                + "<content:encoded><![CDATA[<p>" + text + "</p><p>" + REST + "</p>]]></content:encoded></item>"
                + "</channel></rss>";
    }

    /**
     * A feed that carries its whole articles, with links that lead nowhere: the item is stored from the feed, and
     * when its entry changes (a new title, a corrected text) the update is taken from the feed too, never from the
     * dead link, with the new title (qa15 #10).
     */
    @Test
    void aChangedFullTextItemIsUpdatedFromTheFeedItselfNotItsDeadLink() throws Exception {
        try (Site site = new Site()) {
            String base = site.base();
            site.feed = fullTextFeed(base, "Tanker aground off Kelby Point", FIRST);
            Path feeds = Files.writeString(dir.resolve("feeds.txt"), base + "/feed.xml\n");
            try (DeskHarness desk = new DeskHarness(dir.resolve("data"), feeds, DeskHarness.testPolicy(), null)) {
                desk.watcher.recover();
                assertThat(desk.watcher.cycle().stored()).isEqualTo(1);
                DeskArticle first = desk.articles().get(0);
                assertThat(first.text()).contains("no oil had leaked");

                site.feed = fullTextFeed(base, "UPDATED: Tanker leaks oil off Kelby Point", CORRECTED);
                CycleReport report = desk.watcher.cycle();
                assertThat(report.revised()).isEqualTo(1);
                assertThat(site.fetchesOf("/gone.html")).as("the feed carries the article: no fetch").isZero();
                assertThat(desk.log()).noneMatch(line -> line.contains("404"));
                assertThat(desk.articles()).singleElement().satisfies(a -> {
                    assertThat(a.id()).isEqualTo(first.id());
                    assertThat(a.title()).isEqualTo("UPDATED: Tanker leaks oil off Kelby Point");
                    assertThat(a.text()).contains("a small amount of oil had leaked").doesNotContain("no oil had");
                    assertThat(a.revised()).isNotNull();
                });
                // the same entry again: nothing read, nothing revised
                assertThat(desk.watcher.cycle().revised()).isZero();
            }
        }
    }

    /**
     * The same page in a sitemap, polled first, and in an RSS feed (qa22 #12): the RSS item's new title and date are a
     * new version of the page though the sitemap, which listed it first, still gives the same lastmod. Without it the
     * sitemap's stamp alone was compared and the correction never arrived; the order of the feeds changes nothing.
     */
    @Test
    void aPageInASitemapAndAFeedIsFetchedAgainWhenTheFeedRetitlesIt() throws Exception {
        try (Site site = new Site()) {
            String base = site.base();
            site.pages.put("/h1.html", page("Harbour Post", "Tanker aground off Kelby Point", FIRST));
            site.pages.put("/h2.html", page("Kelby Courier", "Salvage crews head for stranded tanker", OTHER));
            site.pages.put("/sitemap.xml", "<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/"
                    + "sitemap/0.9\"><url><loc>" + base + "/h1.html</loc><lastmod>2026-11-16T09:00:00Z</lastmod></url>"
                    + "</urlset>");
            site.feed = feed(base, "Tanker aground off Kelby Point", "Mon, 16 Nov 2026 09:00:00 GMT");
            Path feeds = Files.writeString(dir.resolve("feeds.txt"), base + "/sitemap.xml\n" + base + "/feed.xml\n");
            try (DeskHarness desk = new DeskHarness(dir.resolve("data"), feeds, DeskHarness.testPolicy(), null)) {
                desk.watcher.recover();
                assertThat(desk.watcher.cycle().stored()).isEqualTo(2);
                assertThat(desk.watcher.cycle().revised()).as("nothing changed").isZero();
                assertThat(site.fetchesOf("/h1.html")).isEqualTo(1);

                site.pages.put("/h1.html", page("Harbour Post", "Tanker aground off Kelby Point", CORRECTED));
                site.feed = feed(base, "UPDATED: Tanker aground off Kelby Point", "Mon, 16 Nov 2026 15:30:00 GMT");
                CycleReport report = desk.watcher.cycle();
                assertThat(report.revised()).isEqualTo(1);
                assertThat(site.fetchesOf("/h1.html")).isEqualTo(2);
                assertThat(desk.articles().stream().filter(a -> a.url().endsWith("/h1.html")).findFirst().orElseThrow()
                        .text()).contains("a small amount of oil had leaked");
                assertThat(desk.watcher.cycle().revised()).isZero();
                assertThat(site.fetchesOf("/h1.html")).isEqualTo(2);
            }
        }
    }
}
