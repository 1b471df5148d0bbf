package dev.storybrief.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A live blog: its own headline and start, its updates oldest first, without key points or update headings. */
class LiveBlogTest {

    private static final String PAGE = """
            <html><head><title>River flood: live - Valley Courier</title>
            <script type="application/ld+json">
            {"@context":"https://schema.org","@type":"LiveBlogPosting","headline":"River flood: live",
             "coverageStartTime":"2024-02-03T08:00:00+00:00",
             "liveBlogUpdate":[{"@type":"BlogPosting","headline":"Bridge closed","datePublished":"2024-02-03T11:00:00+00:00",
               "author":{"name":"Someone Else"}}]}
            </script></head><body>
            <h1>River flood: live</h1>
            <div class="summary"><h2>Key points</h2><ul><li>River burst its banks at dawn</li><li>Bridge closed</li></ul></div>
            <div class="feed">
            <div class="entry"><time datetime="2024-02-03T11:00:00+00:00">11:00</time><h3>Bridge closed</h3>
              <p>Police closed the old bridge after the water reached its arches, and traffic is being sent around the town.</p></div>
            <div class="entry"><time datetime="2024-02-03T09:30:00+00:00">09:30</time>
              <p>Volunteers are filling sandbags at the fire station, and the council has opened the school hall as a shelter.</p></div>
            <div class="entry"><time datetime="2024-02-03T08:00:00+00:00">08:00</time><h3>River bursts its banks</h3>
              <p>The river burst its banks at dawn after two days of heavy rain, flooding the low streets near the harbour.</p></div>
            </div></body></html>
            """;

    @Test
    void readsTheBlogsHeadlineAndStartAndItsUpdatesOldestFirst() {
        ExtractedPage p = new HtmlArticleExtractor().extract(PAGE, null);
        assertThat(p.title()).isEqualTo("River flood: live");
        assertThat(p.published()).startsWith("2024-02-03T08:00");
        assertThat(p.paragraphs()).hasSize(3);
        assertThat(p.paragraphs().get(0)).startsWith("The river burst its banks at dawn");
        assertThat(p.paragraphs().get(1)).startsWith("Volunteers are filling sandbags");
        assertThat(p.paragraphs().get(2)).startsWith("Police closed the old bridge");
    }

    /**
     * The labels a live blog shows over its updates ("Just now", "3 hours ago", "Yesterday", "14:32", some in a box of
     * their own) are page furniture, wrong the day after; a time inside an update's sentence is part of what it says.
     */
    @Test
    void anUpdatesTimeLabelGoesAndATimeInItsSentenceStays() {
        String page = PAGE
                .replace("<time datetime=\"2024-02-03T11:00:00+00:00\">11:00</time>",
                        "<p class=\"when\"><time datetime=\"2024-02-03T11:00:00+00:00\">Just now</time></p>")
                .replace("<time datetime=\"2024-02-03T09:30:00+00:00\">09:30</time>",
                        "<div class=\"stamp\"><span><time datetime=\"2024-02-03T09:30:00+00:00\">2 hours ago</time></span></div>")
                .replace(">08:00</time>", ">Yesterday</time>")
                .replace("<div class=\"entry\"><div class=\"stamp\">", "<div class=\"entry\"><p>At <time datetime="
                        + "\"2024-02-03T10:15:00+00:00\">10:15</time> the council opened a second shelter in the town"
                        + " library, beside the school hall.</p></div>\n<div class=\"entry\"><div class=\"stamp\">");
        ExtractedPage p = new HtmlArticleExtractor().extract(page, null);
        assertThat(p.paragraphs()).hasSize(4).noneMatch(t -> t.matches("(?i).*(just now|hours ago|yesterday).*"));
        assertThat(p.paragraphs().get(0)).startsWith("The river burst its banks at dawn");
        assertThat(p.paragraphs().get(1)).startsWith("Volunteers are filling sandbags");
        assertThat(p.paragraphs().get(2)).startsWith("At 10:15 the council opened a second shelter");
        assertThat(p.paragraphs().get(3)).startsWith("Police closed the old bridge");
        assertThat(p.removedBlocks()).anyMatch(r -> r.contains("time label") && r.contains("2 hours ago"));
    }

    @Test
    void aPageThatIsNoLiveBlogKeepsItsOrder() {
        ExtractedPage p = new HtmlArticleExtractor().extract(PAGE.replace("LiveBlogPosting", "NewsArticle")
                .replace("\"liveBlogUpdate\"", "\"hasPart\""), null);
        assertThat(p.paragraphs().get(p.paragraphs().size() - 1)).startsWith("The river burst its banks");
    }
}
