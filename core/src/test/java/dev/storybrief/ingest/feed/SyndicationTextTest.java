package dev.storybrief.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** An item's text escaped once more than the format asks, and an Atom link relative to xml:base (made-up feeds). */
class SyndicationTextTest {

    @Test
    void contentEscapedTwiceIsReadAsMarkup() {
        // in the file: &amp;lt;p&amp;gt; (the markup escaped twice); after XML decoding: &lt;p&gt;
        String once = "&lt;p&gt;Ferry services were cut on Monday.&lt;/p&gt;"
                + "&lt;p&gt;&amp;#8220;It&amp;#8217;s been chaos &amp;amp; nobody told us,&amp;#8221; said one"
                + " passenger.&lt;/p&gt;";
        assertThat(FeedText.paragraphs(once)).containsExactly("Ferry services were cut on Monday.",
                "\u201cIt\u2019s been chaos & nobody told us,\u201d said one passenger.");
    }

    @Test
    void plainTextWithAnAmpersandOrALessThanSignIsLeftAlone() {
        assertThat(FeedText.paragraphs("Fish &amp; chips cost less than &lt;5 pounds.")).containsExactly(
                "Fish & chips cost less than <5 pounds.");
        assertThat(FeedText.paragraphs("<p>Escaped once, as RSS asks: &#8220;fine&#8221;.</p>")).containsExactly(
                "Escaped once, as RSS asks: \u201cfine\u201d.");
    }

    @Test
    void anAtomLinkIsResolvedAgainstXmlBase() throws SyndicationException {
        String atom = """
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://mercury.example/local/">
                <title>Mercury</title><id>urn:m</id><updated>2026-03-02T10:00:00Z</updated>
                <entry><title>Quay closed</title><id>urn:m:1</id>
                <link href="news/quay.html"/><updated>2026-03-02T09:00:00Z</updated>
                <summary>The quay closed.</summary></entry>
                <entry xml:base="/archive/"><title>Quay reopened</title><id>urn:m:2</id>
                <link href="quay-2.html"/><updated>2026-03-03T09:00:00Z</updated>
                <summary>The quay reopened.</summary></entry>
                </feed>
                """;
        SyndicationFeed feed = Syndication.read(atom.getBytes(StandardCharsets.UTF_8));
        assertThat(feed.entries()).extracting(SyndicationEntry::link).containsExactly(
                "https://mercury.example/local/news/quay.html", "https://mercury.example/archive/quay-2.html");
    }

    @Test
    void aRelativeAtomLinkWithoutBaseStaysRelativeForTheReader() throws SyndicationException {
        String atom = """
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom">
                <title>Mercury</title><id>urn:m</id><updated>2026-03-02T10:00:00Z</updated>
                <entry><title>Quay closed</title><id>urn:m:1</id>
                <link href="/news/quay.html"/><updated>2026-03-02T09:00:00Z</updated>
                <summary>The quay closed.</summary></entry>
                </feed>
                """;
        assertThat(Syndication.read(atom.getBytes(StandardCharsets.UTF_8)).entries())
                .extracting(SyndicationEntry::link).containsExactly("/news/quay.html");
    }

    /**
     * An item whose tags were left open (a truncated or hand-edited feed, qa22 #12): the feed is not well-formed,
     * but the whole items before the break are read, in any charset the feed declared; the item the break fell in is
     * left out. A feed with no whole item is still refused.
     */
    @Test
    void aFeedWithAnUnclosedItemKeepsItsWholeItems() throws SyndicationException {
        String rss = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss version=\"2.0\"><channel><title>Harbour Post"
                + "</title><item><title>Quay closed at Kelby</title><link>https://post.example/quay</link>"
                + "<description><![CDATA[<p>The quay at Kelby closed on Monday, the harbour master said.</p>]]>"
                + "</description></item><item><title>Ferries caf\u00e9</title><link>https://post.example/cafe</link>"
                + "<description>The caf\u00e9 reopened.</description></item>"
                + "<item><title>Cut off</title><description>half</channel></rss>";
        SyndicationFeed feed = Syndication.read(rss.getBytes(StandardCharsets.ISO_8859_1));
        assertThat(feed.title()).isEqualTo("Harbour Post");
        assertThat(feed.entries()).extracting(SyndicationEntry::title)
                .containsExactly("Quay closed at Kelby", "Ferries caf\u00e9");
        assertThat(feed.entries().get(0).link()).isEqualTo("https://post.example/quay");

        String cut = "<rss version=\"2.0\"><channel><title>Broken</title><item><title>x";
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Syndication.read(cut.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(SyndicationException.class).hasMessageContaining("bad feed XML");
    }
}
