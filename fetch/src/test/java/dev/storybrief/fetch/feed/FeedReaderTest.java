package dev.storybrief.fetch.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storybrief.fetch.FetchException;
import dev.storybrief.fetch.FetchFailure;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FeedReaderTest {
    private static final URI BASE = URI.create("https://news.example/feeds/main.xml");
    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private final FeedReader reader = new FeedReader();

    private Feed read(String xml) throws FetchException {
        return reader.read(BASE, xml.getBytes(StandardCharsets.UTF_8), "application/xml", NOW);
    }

    @Test
    void rss2ItemsKeepTheirLinksTitlesAndDates() throws Exception {
        Feed feed = read("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Daily Example</title>"
                + "<item><title>Bridge closed</title><link>https://news.example/a.html#top</link>"
                + "<pubDate>Sat, 28 Feb 2026 09:30:00 GMT</pubDate></item>"
                + "<item><title>No link</title></item></channel></rss>");
        assertThat(feed.format()).isEqualTo(FeedFormat.RSS);
        assertThat(feed.items()).containsExactly(new FeedItem(URI.create("https://news.example/a.html"), "Bridge closed",
                Instant.parse("2026-02-28T09:30:00Z"), "Daily Example"));
        assertThat(feed.problems()).containsExactly("1 item(s) without an http(s) link left out");
    }

    @Test
    void rdfAndAtomAreRead() throws Exception {
        Feed rdf = read("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns=\"http://purl.org/rss/1.0/\""
                + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><channel rdf:about=\"https://news.example/\"><title>RDF News"
                + "</title><link>https://news.example/</link><description>d</description></channel>"
                + "<item rdf:about=\"https://news.example/r.html\"><title>One</title><link>https://news.example/r.html</link>"
                + "<dc:date>2026-02-27T10:00:00Z</dc:date></item></rdf:RDF>");
        assertThat(rdf.format()).isEqualTo(FeedFormat.RDF);
        assertThat(rdf.items()).extracting(FeedItem::url).containsExactly(URI.create("https://news.example/r.html"));
        assertThat(rdf.items().get(0).published()).isEqualTo(Instant.parse("2026-02-27T10:00:00Z"));

        Feed atom = read("<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Atom News</title><id>x</id>"
                + "<updated>2026-02-27T10:00:00Z</updated><entry><title>Two</title><link rel=\"alternate\" href=\"/two.html\"/>"
                + "<id>t</id><updated>2026-02-27T11:00:00Z</updated></entry></feed>");
        assertThat(atom.format()).isEqualTo(FeedFormat.ATOM);
        assertThat(atom.items().get(0).url()).isEqualTo(URI.create("https://news.example/two.html"));
        assertThat(atom.items().get(0).outlet()).isEqualTo("Atom News");
        // a revised entry says so by its update time, which the item's stamp carries
        assertThat(atom.items().get(0).updated()).isEqualTo(Instant.parse("2026-02-27T11:00:00Z"));
        Feed revised = read("<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Atom News</title><id>x</id>"
                + "<updated>2026-02-27T10:00:00Z</updated><entry><title>Two</title><link rel=\"alternate\" href=\"/two.html\"/>"
                + "<id>t</id><published>2026-02-27T11:00:00Z</published><updated>2026-02-28T08:00:00Z</updated></entry></feed>");
        assertThat(revised.items().get(0).published()).isEqualTo(Instant.parse("2026-02-27T11:00:00Z"));
        assertThat(revised.items().get(0).stamp()).isNotEqualTo(atom.items().get(0).stamp()).endsWith("2026-02-28T08:00:00Z");
    }

    /** The desk's feed list may name a JSON Feed: its items are listed as an RSS feed's (it was "not XML"). */
    @Test
    void aJsonFeedListsItsItemsAsAnRssFeedDoes() throws Exception {
        String json = "\uFEFF {\"version\":\"https://jsonfeed.org/version/1\",\"title\":\"Daily Example\","
                + "\"items\":[{\"id\":\"a\",\"url\":\"/news/a.html\",\"title\":\"First\","
                + "\"date_published\":\"2026-02-28T08:00:00Z\",\"content_text\":\"Short.\"},"
                + "{\"id\":\"b\",\"url\":\"https://news.example/news/b.html\",\"title\":\"Second\"}]}";

        Feed feed = reader.read(BASE, json.getBytes(StandardCharsets.UTF_8), "application/json", NOW);

        assertThat(feed.title()).isEqualTo("Daily Example");
        assertThat(feed.items()).extracting(i -> i.url().toString())
                .containsExactly("https://news.example/news/a.html", "https://news.example/news/b.html");
        assertThat(feed.items().get(0).title()).isEqualTo("First");
        assertThat(feed.items().get(0).published()).isEqualTo(Instant.parse("2026-02-28T08:00:00Z"));
        // JSON that is no JSON Feed is still refused
        assertThatThrownBy(() -> reader.read(BASE, "{\"items\":[]}".getBytes(StandardCharsets.UTF_8),
                "application/json", NOW)).isInstanceOf(FetchException.class).hasMessageContaining("not XML");
    }

    /** An entry's guid or id names it apart from its link; an item whose only name is its link has none. */
    @Test
    void anEntrysGuidIsKeptUnlessItIsItsLink() throws Exception {
        Feed rss = read("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Daily Example</title>"
                + "<item><title>A</title><link>https://news.example/a.html</link><guid isPermaLink=\"false\">post-17"
                + "</guid></item><item><title>B</title><link>https://news.example/b.html</link></item>"
                + "<item><title>C</title><link>https://news.example/c.html</link><guid>https://news.example/c.html"
                + "</guid></item></channel></rss>");
        assertThat(rss.items()).extracting(FeedItem::guid).containsExactly("post-17", null, null);
        Feed atom = read("<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Atom News</title><id>x</id>"
                + "<updated>2026-02-27T10:00:00Z</updated><entry><title>Two</title><link href=\"/two-renamed.html\"/>"
                + "<id>tag:news.example,2026:two</id><updated>2026-02-27T11:00:00Z</updated></entry></feed>");
        assertThat(atom.items()).extracting(FeedItem::guid).containsExactly("tag:news.example,2026:two");
    }

    @Test
    void newsSitemapsGiveTitlePublicationAndDate() throws Exception {
        Feed feed = read("<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" "
                + "xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\"><url><loc>https://news.example/n.html</loc>"
                + "<news:news><news:publication><news:name>The Example Post</news:name><news:language>en</news:language>"
                + "</news:publication><news:publication_date>2026-02-26T08:00:00Z</news:publication_date>"
                + "<news:title>Harbour fire</news:title></news:news></url></urlset>");
        assertThat(feed.format()).isEqualTo(FeedFormat.SITEMAP);
        assertThat(feed.items()).containsExactly(new FeedItem(URI.create("https://news.example/n.html"), "Harbour fire",
                Instant.parse("2026-02-26T08:00:00Z"), "The Example Post"));
    }

    @Test
    void sitemapIndexesListTheirSitemapsNewestFirst() throws Exception {
        Feed index = read("<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                + "<sitemap><loc>https://news.example/old.xml</loc><lastmod>2025-01-01</lastmod></sitemap>"
                + "<sitemap><loc>https://news.example/new.xml</loc><lastmod>2026-02-01</lastmod></sitemap></sitemapindex>");
        assertThat(index.format()).isEqualTo(FeedFormat.SITEMAP_INDEX);
        assertThat(index.sitemaps()).containsExactly(URI.create("https://news.example/new.xml"),
                URI.create("https://news.example/old.xml"));
    }

    @Test
    void textSitemapsAreReadToo() throws Exception {
        Feed feed = reader.read(BASE, "https://news.example/t1.html\nhttps://news.example/t2.html\n"
                .getBytes(StandardCharsets.UTF_8), "text/plain", NOW);
        assertThat(feed.items()).extracting(FeedItem::url).containsExactly(URI.create("https://news.example/t1.html"),
                URI.create("https://news.example/t2.html"));
    }

    @Test
    void datesThatCannotBeTrueAreDroppedAndSaid() throws Exception {
        Feed feed = read("<rss version=\"2.0\"><channel><title>Liar</title>"
                + "<item><link>https://news.example/f.html</link><pubDate>Fri, 01 Jan 2100 00:00:00 GMT</pubDate></item>"
                + "<item><link>https://news.example/o.html</link><pubDate>Thu, 01 Jan 1970 00:00:00 GMT</pubDate></item>"
                + "</channel></rss>");
        assertThat(feed.items()).extracting(FeedItem::published).containsOnlyNulls();
        assertThat(feed.problems()).hasSize(2).allMatch(p -> p.contains("date ignored"));
    }

    @Test
    void brokenXmlAndEntityTricksAreRefused() {
        for (String bad : new String[]{"<rss><channel><item>", "not a feed at all",
            "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><rss version=\"2.0\">"
                + "<channel><title>&x;</title></channel></rss>"}) {
            assertThatThrownBy(() -> read(bad)).isInstanceOf(FetchException.class)
                    .satisfies(e -> assertThat(((FetchException) e).failure()).isEqualTo(FetchFailure.BAD_CONTENT));
        }
    }

    @Test
    void aGuidThatIsNoPermalinkIsAnIdNeverALink() throws Exception {
        Feed feed = read("<rss version=\"2.0\"><channel><title>Daily Example</title>"
                + "<item><title>Note</title><description>No page.</description><guid isPermaLink=\"false\">note-17</guid></item>"
                + "<item><title>Kept</title><guid>https://news.example/kept.html</guid></item></channel></rss>");
        assertThat(feed.items()).extracting(FeedItem::url).containsExactly(URI.create("https://news.example/kept.html"));
        assertThat(feed.problems()).containsExactly("1 item(s) without an http(s) link left out");
    }

    @Test
    void anHtmlPageListedAsAFeedIsSaidToBeOne() {
        for (String page : new String[]{"<!DOCTYPE html><html><head><title>News</title></head><body></body></html>",
            "<html lang=\"en\"><body><p>News</p></body></html>"}) {
            assertThatThrownBy(() -> read(page)).isInstanceOf(FetchException.class)
                    .hasMessageContaining("not a feed (an HTML page)");
        }
    }
}
