package dev.storybrief.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storybrief.ingest.Ingested;
import dev.storybrief.ingest.InputProblem;
import dev.storybrief.ingest.InputReader;
import dev.storybrief.ingest.MetaKey;
import dev.storybrief.ingest.RawDocument;
import dev.storybrief.ingest.SourceFormat;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An address given as an input that answers with a feed is read item by item: an item carrying its article from the
 * feed, a teaser from its link (as the live desk fetches items), and a link that fails leaves the teaser with one
 * warning. Made-up feeds and pages served on 127.0.0.1.
 */
class FeedInputTest {
    /** A read timeout a loaded CI machine's local answers stay well within, and the slow feed's pause well past. */
    private static final FetchPolicy LOCAL = FetchPolicy.defaults().withAllowPrivate(true).withHostDelay(Duration.ZERO)
            .withTimeouts(Duration.ofSeconds(5), Duration.ofMillis(2_000), Duration.ofSeconds(8));

    /** About 130 words: an article, not a teaser. */
    private static final String FULL = ("The harbour board closed the north quay on Tuesday after engineers found"
            + " cracks in two of its concrete pillars during a routine inspection. ").repeat(3)
            + "Ferries to the islands will leave from the south quay until the repairs are done, the board said in a"
            + " statement, adding that the work would take about six weeks and cost close to two million. Fishermen"
            + " who land their catch at the north quay said the south quay had neither ice nor a cold store, and"
            + " that a season of lost sales would follow. The board promised a temporary cold store by the end of the"
            + " month and said it would meet the fishermen's association on Friday to hear its concerns.";

    private static String page(String title, String body) {
        return "<!doctype html><html><head><title>" + title + "</title><meta property=\"og:site_name\" content="
                + "\"Harbour Echo\"></head><body><article><h1>" + title + "</h1><p>" + body + "</p><p>The board said"
                + " the inspection had been planned for months and that no one had been hurt when the quay was"
                + " closed.</p></article></body></html>";
    }

    private static String rss(String items) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\" xmlns:content="
                + "\"http://purl.org/rss/1.0/modules/content/\"><channel><title>Harbour Echo</title>" + items
                + "</channel></rss>";
    }

    private static String item(String title, String link, String description, String content) {
        return "<item><title>" + title + "</title>" + (link == null ? "" : "<link>" + link + "</link>")
                + "<pubDate>Tue, 10 Mar 2026 09:15:00 GMT</pubDate><description>" + description + "</description>"
                + (content == null ? "" : "<content:encoded><![CDATA[<p>" + content + "</p>]]></content:encoded>")
                + "</item>";
    }

    private static WebPages pages() {
        return new WebPages(PoliteFetcher.create(LOCAL), new InputReader());
    }

    @Test
    void aFeedUrlIsReadItemByItemAndTeasersFromTheirPages() throws Exception {
        try (LocalServer server = new LocalServer()) {
            String feed = rss(item("North quay closed", server.uri("/news/quay-closed.html").toString(),
                    "Teaser.", FULL)
                    + item("Ferries move south", "/news/ferries-move", "Ferries will leave from the south quay.", null)
                    + item("Fishermen protest", server.uri("/news/gone.html").toString(),
                    "Fishermen said the south quay has no cold store.", null)
                    + item("Cold store promised", server.uri("/news/old-link").toString(), "", null));
            server.on("/feed", x -> LocalServer.send(x, 200, "application/rss+xml; charset=utf-8", feed))
                    .on("/news/ferries-move", x -> LocalServer.send(x, 200, "text/html; charset=utf-8",
                            page("Ferries move to the south quay", "Ferries to the islands left from the south quay"
                                    + " on Wednesday morning, an hour later than planned, the operator said.")))
                    .on("/news/gone.html", x -> LocalServer.send(x, 404, "text/html", ""))
                    .on("/news/old-link", x -> {
                        x.getResponseHeaders().set("Location", "/news/cold-store");
                        LocalServer.send(x, 301, "text/html", "");
                    })
                    .on("/news/cold-store", x -> LocalServer.send(x, 200, "text/html", page("A cold store by"
                            + " the month's end", "The board promised the fishermen a temporary cold store at the"
                            + " south quay by the end of the month, its chair told them on Friday.")))
                    .on("/news/quay-closed.html", x -> LocalServer.send(x, 500, "text/html", ""));

            Ingested read = pages().read("echo", server.uri("/feed"));

            assertThat(read.documents()).extracting(RawDocument::id)
                    .containsExactly("echo-quay-closed", "echo-ferries-move", "echo-gone", "echo-old-link");
            RawDocument full = read.documents().get(0);
            assertThat(full.format()).isEqualTo(SourceFormat.FEED);
            assertThat(full.text()).startsWith("The harbour board closed the north quay");
            RawDocument fetched = read.documents().get(1);
            assertThat(fetched.format()).isEqualTo(SourceFormat.HTML);
            assertThat(fetched.text()).contains("left from the south quay on Wednesday morning");
            assertThat(fetched.meta(MetaKey.TITLE)).isEqualTo("Ferries move to the south quay");
            assertThat(fetched.meta(MetaKey.PUBLISHED)).as("ISO-8601").isEqualTo("2026-03-10T09:15:00Z");
            assertThat(fetched.meta(MetaKey.PUBLISHED_ORIGIN)).isEqualTo("feed");
            assertThat(read.documents().get(2).text()).isEqualTo("Fishermen said the south quay has no cold store.");
            assertThat(read.documents().get(3).text()).contains("a temporary cold store at the south quay");
            // the item carrying its article is not fetched; the others are, the redirect followed
            assertThat(server.hits).extracting(LocalServer.Hit::path).doesNotContain("/news/quay-closed.html")
                    .contains("/news/ferries-move", "/news/gone.html", "/news/cold-store");
            assertThat(read.problems()).singleElement().satisfies(p -> {
                assertThat(p.skipped()).isFalse();
                assertThat(p.line()).isEqualTo("warning " + server.uri("/feed") + ": feed item 3 (echo-gone,"
                        + " \"Fishermen protest\") read from the text the feed gives it, its page failed: "
                        + server.uri("/news/gone.html") + ": HTTP error (HTTP 404)");
            });
        }
    }

    @Test
    void aFeedIsToldByItsRootElementWhenItsTypeSaysNothingMore() throws Exception {
        String atom = "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Isle Radio</title>"
                + "<entry><title>Quay closed</title><id>urn:uuid:1</id><updated>2026-03-10T09:00:00Z</updated>"
                + "<content type=\"html\">&lt;p&gt;" + FULL + "&lt;/p&gt;</content></entry></feed>";
        for (String type : new String[] {"application/atom+xml", "application/xml", "text/xml", "text/plain",
            "text/html", "application/octet-stream"}) {
            try (LocalServer server = new LocalServer()) {
                server.on("/atom", x -> LocalServer.send(x, 200, type, atom));

                Ingested read = pages().read("isle", server.uri("/atom"));

                assertThat(read.documents()).as(type).singleElement().satisfies(d -> {
                    assertThat(d.meta(MetaKey.OUTLET)).isEqualTo("Isle Radio");
                    assertThat(d.text()).startsWith("The harbour board closed");
                });
            }
        }
    }

    /**
     * A JSON Feed (jsonfeed.org) given as an address is read as its file is, whatever JSON type the server declares:
     * an item carrying its article from the feed, a teaser from its link. It was refused as "application/json is
     * neither a web page nor a feed".
     */
    @Test
    void aJsonFeedUrlIsReadItemByItem() throws Exception {
        for (String type : new String[] {"application/feed+json", "application/json", "text/plain"}) {
            try (LocalServer server = new LocalServer()) {
                String json = "{\"version\":\"https://jsonfeed.org/version/1.1\",\"title\":\"Harbour Echo\","
                        + "\"items\":[{\"id\":\"1\",\"url\":\"" + server.uri("/news/quay-closed") + "\","
                        + "\"title\":\"North quay closed\",\"date_published\":\"2026-03-10T09:15:00Z\","
                        + "\"content_text\":\"" + FULL + "\"},"
                        + "{\"id\":\"2\",\"url\":\"" + server.uri("/news/ferries-move") + "\","
                        + "\"title\":\"Ferries move south\",\"summary\":\"Ferries will leave from the south quay.\"}]}";
                server.on("/feed.json", x -> LocalServer.send(x, 200, type, json))
                        .on("/news/ferries-move", x -> LocalServer.send(x, 200, "text/html; charset=utf-8",
                                page("Ferries move to the south quay", "Ferries to the islands left from the south"
                                        + " quay on Wednesday morning, an hour later than planned, the operator said.")));

                Ingested read = pages().read("echo", server.uri("/feed.json"));

                assertThat(read.problems()).as(type).isEmpty();
                assertThat(read.documents()).as(type).hasSize(2);
                assertThat(read.documents().get(0).format()).isEqualTo(SourceFormat.FEED);
                assertThat(read.documents().get(0).text()).startsWith("The harbour board closed the north quay");
                assertThat(read.documents().get(0).meta(MetaKey.OUTLET)).isEqualTo("Harbour Echo");
                assertThat(read.documents().get(1).format()).isEqualTo(SourceFormat.HTML);
                assertThat(read.documents().get(1).text()).contains("left from the south quay on Wednesday morning");
            }
        }
    }

    /** A Markdown file served as text/markdown is an article's text, read as a .md file is, not refused. */
    @Test
    void markdownServedAsSuchIsReadAsText() throws Exception {
        String markdown = "---\ntitle: \"Quay closed\"\n---\n\n" + FULL + "\n";
        for (String type : new String[] {"text/markdown", "text/x-markdown"}) {
            try (LocalServer server = new LocalServer()) {
                server.on("/quay.md", x -> LocalServer.send(x, 200, type, markdown));

                Ingested read = pages().read("quay", server.uri("/quay.md"));

                assertThat(read.documents()).as(type).singleElement().satisfies(d -> {
                    assertThat(d.format()).isEqualTo(SourceFormat.TEXT);
                    assertThat(d.text()).contains("The harbour board closed");
                });
            }
        }
    }

    @Test
    void otherXmlMissingPagesAndTimeOutsAreOneLineEach() throws Exception {
        try (LocalServer server = new LocalServer()) {
            server.on("/sitemap.xml", x -> LocalServer.send(x, 200, "application/xml", "<?xml version=\"1.0\"?>"
                            + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><loc>"
                            + server.uri("/a") + "</loc></url></urlset>"))
                    .on("/broken.rss", x -> LocalServer.send(x, 200, "application/rss+xml",
                            "<rss version=\"2.0\"><channel><title>Broken</title><item><title>x"))
                    .on("/missing.rss", x -> LocalServer.send(x, 404, "text/html", ""))
                    .on("/slow.rss", x -> {
                        try {
                            Thread.sleep(5_000);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        LocalServer.send(x, 200, "application/rss+xml", rss(""));
                    });
            WebPages pages = pages();

            assertThatThrownBy(() -> pages.read("s", server.uri("/sitemap.xml"))).isInstanceOf(FetchException.class)
                    .satisfies(e -> assertThat(((FetchException) e).line()).isEqualTo(server.uri("/sitemap.xml")
                            + ": unreadable content (not an RSS, RDF or Atom feed (its root element is <urlset>);"
                            + " a sitemap is read by watch)"));
            assertThatThrownBy(() -> pages.read("b", server.uri("/broken.rss")))
                    .satisfies(e -> assertThat(((FetchException) e).line()).startsWith(server.uri("/broken.rss")
                            + ": unreadable content (bad feed XML").doesNotContain("\n"));
            assertThatThrownBy(() -> pages.read("m", server.uri("/missing.rss")))
                    .satisfies(e -> assertThat(((FetchException) e).line()).isEqualTo(server.uri("/missing.rss")
                            + ": HTTP error (HTTP 404)"));
            assertThatThrownBy(() -> pages.read("t", server.uri("/slow.rss")))
                    .satisfies(e -> assertThat(((FetchException) e).failure()).isEqualTo(FetchFailure.TIMEOUT));
        }
    }

    @Test
    void aPageStaysOnePage() throws Exception {
        try (LocalServer server = new LocalServer()) {
            server.on("/a.html", x -> LocalServer.send(x, 200, "text/html", page("Quay closed", FULL)));

            Ingested read = pages().read("a", server.uri("/a.html"));

            assertThat(read.documents()).singleElement().satisfies(d -> {
                assertThat(d.id()).isEqualTo("a");
                assertThat(d.format()).isEqualTo(SourceFormat.HTML);
            });
            assertThat(read.problems()).extracting(InputProblem::line).isEmpty();
        }
    }

    @Test
    void aTitleOnlyItemWhosePageFailsIsSkippedInOneLine() throws Exception {
        try (LocalServer server = new LocalServer()) {
            server.on("/feed", x -> LocalServer.send(x, 200, "application/rss+xml",
                    rss(item("Quay closed", server.uri("/quay").toString(), "Quay closed", null)
                            + item("No link", null, "", null))));
            server.on("/quay", x -> LocalServer.send(x, 200, "image/png", new byte[] {1, 2, 3}));

            Ingested read = pages().read("f", server.uri("/feed"));

            assertThat(read.documents()).isEmpty();
            assertThat(read.problems()).extracting(InputProblem::line).satisfiesExactly(
                    l -> assertThat(l).startsWith("skipped " + server.uri("/feed") + ": feed item 1 (f-quay,"
                            + " \"Quay closed\") has no text beyond its title, and its page failed: ")
                            .contains("image/png is not a web page"),
                    l -> assertThat(l).startsWith("skipped " + server.uri("/feed") + ": feed item 2 (")
                            .endsWith("has no text beyond its title and no link"));
        }
    }
}
