package dev.storybrief.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A feed item's date comes out ISO-8601 whatever form the feed wrote it in, at the offset it wrote, so that the
 * outlet's day is kept. The feeds are made up.
 */
class FeedDatesTest {

    @Test
    void anRfc822DateBecomesIso8601AtItsOwnOffset() {
        Instant instant = Instant.parse("2026-06-15T04:50:00Z");
        assertThat(FeedDates.iso(instant, "Sun, 14 Jun 2026 23:50:00 -0500")).isEqualTo("2026-06-14T23:50:00-05:00");
        assertThat(FeedDates.iso(instant, "Mon, 15 Jun 2026 04:50:00 GMT")).isEqualTo("2026-06-15T04:50:00Z");
        assertThat(FeedDates.iso(instant, "Sun, 14 Jun 2026 23:50:00 CDT")).isEqualTo("2026-06-14T23:50:00-05:00");
        assertThat(FeedDates.iso(instant, "2026-06-14T23:50:00-05:00")).as("Atom: already ISO-8601")
                .isEqualTo("2026-06-14T23:50:00-05:00");
        assertThat(FeedDates.iso(instant, null)).isEqualTo("2026-06-15T04:50:00Z");
        assertThat(FeedDates.iso(null, null)).isNull();
    }

    @Test
    void aStoredRfc822DateIsReadBackAsIso8601() {
        assertThat(FeedDates.iso("Thu, 12 Feb 2026 09:00:00 +0000")).isEqualTo("2026-02-12T09:00:00Z");
        assertThat(FeedDates.iso("Thu, 12 Feb 2026 09:00:00 +0100")).isEqualTo("2026-02-12T09:00:00+01:00");
        assertThat(FeedDates.iso("2026-02-12")).isEqualTo("2026-02-12");
        assertThat(FeedDates.iso("not a date")).as("left as it is").isEqualTo("not a date");
    }

    /** A date no reading makes a date is kept as written, so that the reader says it was ignored instead of dropping it. */
    @Test
    void anUnreadablePubDateReachesItsDocumentAsWritten() throws Exception {
        String rss = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Kessling Wire</title>"
                + "<item><title>Museum closed after theft</title><link>https://wire.example/a</link>"
                + "<pubDate>32 Nov 2026 10:00:00</pubDate>"
                + "<description>The city museum will stay closed until Wednesday after a night raid.</description>"
                + "</item></channel></rss>";
        List<FeedDocuments.Item> items = FeedDocuments.items("w", null,
                Syndication.read(rss.getBytes(StandardCharsets.UTF_8)));
        assertThat(items.get(0).entry().published()).isNull();
        assertThat(items.get(0).hints().published()).isEqualTo("32 Nov 2026 10:00:00");
    }

    /**
     * A time of day that cannot be ("25:61") is no date: a lenient parser rolls it over into the next day, which would
     * date the item a day late; it reaches the document as written, undated, and the reader says so (QA tour 20).
     */
    @Test
    void anImpossibleTimeIsNotRolledOverIntoTheNextDay() throws Exception {
        String rss = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Kessling Wire</title>"
                + "<item><title>Museum closed after theft</title><link>https://wire.example/a</link>"
                + "<pubDate>Wed, 02 Dec 2026 25:61:00 GMT</pubDate>"
                + "<description>The city museum will stay closed until Wednesday after a night raid.</description>"
                + "</item></channel></rss>";
        List<FeedDocuments.Item> items = FeedDocuments.items("w", null,
                Syndication.read(rss.getBytes(StandardCharsets.UTF_8)));
        assertThat(items.get(0).entry().published()).isNull();
        assertThat(items.get(0).hints().published()).isEqualTo("Wed, 02 Dec 2026 25:61:00 GMT");
        assertThat(dev.storybrief.clean.LooseDate.stated("Wed, 02 Dec 2026 25:61:00 GMT")).isEmpty();
        assertThat(dev.storybrief.clean.LooseDate.stated("Wed, 02 Dec 2026 23:59:00 GMT")).isPresent();
        var briefing = dev.storybrief.Storybrief.builder().build().briefDocuments("w",
                List.of(items.get(0).document()), new java.util.ArrayList<>());
        assertThat(briefing.warnings()).anyMatch(w -> w.contains("\"Wed, 02 Dec 2026 25:61:00 GMT\" has a time of day"
                + " that cannot be; date ignored (give --date w-"));
        assertThat(briefing.articles().get(0).published()).isNull();
    }

    @Test
    void anRssItemsDateReachesItsDocumentAsIso8601() throws Exception {
        String rss = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Kessling Wire</title>"
                + "<item><title>Museum closed after theft</title><link>https://wire.example/a</link>"
                + "<pubDate>Thu, 12 Feb 2026 23:30:00 -0500</pubDate>"
                + "<description>The city museum will stay closed until Wednesday after a night raid.</description>"
                + "</item></channel></rss>";
        List<FeedDocuments.Item> items = FeedDocuments.items("w", null,
                Syndication.read(rss.getBytes(StandardCharsets.UTF_8)));
        assertThat(items.get(0).hints().published()).isEqualTo("2026-02-12T23:30:00-05:00");
    }
}
