package dev.storybrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.ingest.feed.Syndication;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A feed file given as an input (RSS 2.0, RDF, Atom; told by its content, whatever its name) is read as its items,
 * each one document with the item's title, date, author and text, and the feed's title as outlet. Made-up feeds.
 */
class FeedFilesTest {
    @TempDir
    Path dir;

    private static final String RSS = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\""
            + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><channel><title>Harbour Echo</title>"
            + "<link>https://www.harbourecho.example/</link>\n"
            + "<item><title>North quay closed after cracks found</title>"
            + "<link>https://www.harbourecho.example/news/quay-closed.html</link>"
            + "<pubDate>Tue, 10 Mar 2026 09:15:00 GMT</pubDate><dc:creator>Mara Lind</dc:creator>"
            + "<description>The harbour board closed the north quay on Tuesday after engineers found cracks in two"
            + " pillars &amp; a beam.</description></item>\n"
            + "<item><title>Ferries move to the south quay</title>"
            + "<link>https://www.harbourecho.example/news/ferries-move</link>"
            + "<pubDate>Wed, 11 Mar 2026 07:00:00 GMT</pubDate>"
            + "<description>Short teaser.</description>"
            + "<content:encoded><![CDATA[<p>Ferries to the islands left from the south quay on Wednesday.</p>"
            + "<figure><img src=\"q.jpg\"></figure><p>The board said repairs would take <b>six weeks</b>.</p>"
            + "<script>track()</script>]]></content:encoded></item>\n"
            + "<item><title>Live: harbour updates</title><link>https://www.harbourecho.example/live</link>"
            + "<description><![CDATA[<a href=\"/live\">Live: harbour updates</a>]]></description></item>\n"
            + "</channel></rss>\n";

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void rssItemsAreDocumentsWithTheirOwnFields() throws IOException {
        Ingested in = new InputReader().read(List.of(write("echo.rss", RSS)));

        assertThat(in.documents()).extracting(RawDocument::id).containsExactly("echo-quay-closed", "echo-ferries-move");
        RawDocument first = in.documents().get(0);
        assertThat(first.format()).isEqualTo(SourceFormat.FEED);
        assertThat(first.text()).isEqualTo("The harbour board closed the north quay on Tuesday after engineers found"
                + " cracks in two pillars & a beam.");
        assertThat(first.meta(MetaKey.TITLE)).isEqualTo("North quay closed after cracks found");
        assertThat(first.meta(MetaKey.OUTLET)).isEqualTo("Harbour Echo");
        assertThat(first.meta(MetaKey.AUTHOR)).isEqualTo("Mara Lind");
        assertThat(first.meta(MetaKey.PUBLISHED)).as("ISO-8601").isEqualTo("2026-03-10T09:15:00Z");
        assertThat(first.meta(MetaKey.PUBLISHED_ORIGIN)).isEqualTo("feed");
        // the full content wins over the teaser, its markup, image and script gone
        assertThat(in.documents().get(1).text()).isEqualTo("Ferries to the islands left from the south quay on"
                + " Wednesday.\n\nThe board said repairs would take six weeks.");
        assertThat(in.problems()).singleElement().satisfies(p -> {
            assertThat(p.skipped()).isTrue();
            assertThat(p.line()).contains("echo.rss").contains("feed item 3").contains("no text beyond its title");
        });
    }

    @Test
    void aFeedIsToldByItsContentWhateverItsName() throws IOException {
        Ingested in = new InputReader().read(List.of(write("saved-page.html", RSS), write("notes.txt", RSS)));

        assertThat(in.documents()).extracting(RawDocument::id)
                .containsExactly("saved-page-quay-closed", "saved-page-ferries-move");
        // the second file holds the same items: duplicates, each said once
        assertThat(in.problems()).filteredOn(p -> p.line().contains("duplicate")).hasSize(2);
    }

    @Test
    void atomAndRdfFeedsAreRead() throws IOException {
        String atom = "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Island Radio</title><id>urn:x</id>"
                + "<updated>2026-03-12T10:00:00Z</updated><entry><title>Quay repairs begin</title>"
                + "<link rel=\"alternate\" href=\"https://radio.example/2026/03/repairs-begin/\"/><id>urn:r1</id>"
                + "<published>2026-03-12T08:00:00Z</published><updated>2026-03-12T09:00:00Z</updated>"
                + "<author><name>Ola Berg</name></author>"
                + "<summary type=\"html\">&lt;p&gt;Divers began repairing the pillars of the north quay.&lt;/p&gt;"
                + "</summary></entry></feed>";
        String rdf = "<?xml version=\"1.0\"?><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\""
                + " xmlns=\"http://purl.org/rss/1.0/\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
                + "<channel rdf:about=\"https://gazette.example/\"><title>Quay Gazette</title>"
                + "<link>https://gazette.example/</link><description>d</description></channel>"
                + "<item rdf:about=\"urn:g1\"><title>Fishermen ask for ice</title>"
                + "<description>Fishermen asked the board for an ice plant on the south quay.</description>"
                + "<dc:date>2026-03-13T12:00:00Z</dc:date></item></rdf:RDF>";

        Ingested in = new InputReader().read(List.of(write("radio.atom", atom), write("gazette.xml", rdf)));

        assertThat(in.problems()).isEmpty();
        assertThat(in.documents()).hasSize(2);
        RawDocument entry = in.documents().get(0);
        assertThat(entry.id()).isEqualTo("radio-repairs-begin");
        assertThat(entry.text()).isEqualTo("Divers began repairing the pillars of the north quay.");
        assertThat(entry.meta(MetaKey.PUBLISHED)).isEqualTo("2026-03-12T08:00:00Z");
        assertThat(entry.meta(MetaKey.PUBLISHED_ORIGIN)).isEqualTo("feed");
        assertThat(entry.meta(MetaKey.AUTHOR)).isEqualTo("Ola Berg");
        RawDocument item = in.documents().get(1);
        assertThat(item.id()).startsWith("gazette-").hasSize("gazette-".length() + 8);
        assertThat(item.meta(MetaKey.OUTLET)).isEqualTo("Quay Gazette");
        assertThat(item.meta(MetaKey.PUBLISHED)).isEqualTo("2026-03-13T12:00:00Z");
    }

    /**
     * "23:50 -0500" is the 10th where the outlet is, though the 11th in UTC: the date is written ISO-8601 at the offset
     * the feed gives, so its day stays the outlet's.
     */
    @Test
    void aDateKeepsItsTimeZone() throws IOException {
        String late = RSS.replace("Tue, 10 Mar 2026 09:15:00 GMT", "Tue, 10 Mar 2026 23:50:00 -0500");

        Ingested in = new InputReader().read(List.of(write("late.rss", late)));

        assertThat(in.documents().get(0).meta(MetaKey.PUBLISHED)).isEqualTo("2026-03-10T23:50:00-05:00");
    }

    @Test
    void anItemKeepsItsIdWhenTheFeedChanges() throws IOException {
        String id = new InputReader().read(List.of(write("a.rss", RSS))).documents().get(1).id();
        String fewer = RSS.replaceFirst("(?s)<item>.*?</item>\\n", "");

        Ingested again = new InputReader().read(List.of(write("a.rss", fewer)));

        assertThat(again.documents()).extracting(RawDocument::id).containsExactly(id);
    }

    @Test
    void xmlThatIsNoFeedAndABrokenFeedGetOneLineEach() throws IOException {
        Path sitemap = write("sitemap.xml", "<?xml version=\"1.0\"?><urlset><url><loc>https://x.example/</loc></url>"
                + "</urlset>");
        Path broken = write("broken.rss", "<rss version=\"2.0\"><channel><title>Cut off</title><item><title>A");
        Path good = write("good.txt", "The harbour board met on Thursday and voted to repair the quay.");

        Ingested in = new InputReader().read(List.of(sitemap, broken, good));

        assertThat(in.documents()).extracting(RawDocument::id).containsExactly("good");
        assertThat(in.problems()).hasSize(2).allSatisfy(p -> {
            assertThat(p.skipped()).isTrue();
            assertThat(p.line()).doesNotContain("\n").doesNotContain("Exception");
        });
        assertThat(in.problems().get(0).line()).contains("sitemap.xml").contains("not an RSS, RDF or Atom feed")
                .contains("<urlset>");
        assertThat(in.problems().get(1).line()).contains("broken.rss").contains("feed cannot be read");
    }

    @Test
    void pagesAreNotFeeds() {
        assertThat(Syndication.isFeed(("<?xml version=\"1.0\"?>\n<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0//EN\">"
                + "<html><body><p>rss feed</p></body></html>").getBytes(StandardCharsets.UTF_8))).isFalse();
        assertThat(Syndication.isFeed("<!-- saved --><html><body>feed</body></html>".getBytes(StandardCharsets.UTF_8)))
                .isFalse();
        assertThat(Syndication.isFeed("\ufeff<?xml version=\"1.0\"?><!-- c --><?xml-stylesheet href=\"s.xsl\"?>\n<rss>"
                .getBytes(StandardCharsets.UTF_8))).isTrue();
        assertThat(Syndication.isFeed("<feed xmlns=\"http://www.w3.org/2005/Atom\">".getBytes(StandardCharsets.UTF_8)))
                .isTrue();
    }
}
