package dev.storybrief.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Pages saved by an archive or a cache: the wrapper's banner goes, the outlet is the original's (made-up pages). */
class ArchiveWrappersTest {
    private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();

    private static final String STORY = "<article><h1>Ferry service cut to two crossings a day</h1>"
            + "<p>The island ferry will sail only twice a day from Monday, the operator said, after one of its two boats"
            + " failed a safety inspection at the yard in Penmor last week.</p>"
            + "<p>Islanders said the cut would leave workers stranded on the mainland, and the council asked the operator"
            + " to charter a replacement boat before the summer season begins in May.</p>"
            + "<p>The operator said a charter was being discussed but that no suitable boat was free before June, and"
            + " that repairs to the failed boat would take at least six weeks.</p></article>";

    @Test
    void aCacheBannerIsRemovedAndTheOriginalIsTheOutlet() {
        String html = "<html><head><title>Ferry service cut</title></head><body>"
                + "<div><div>This is Google's cache of <a href=\"https://www.islandpost.example/news/ferry\">"
                + "https://www.islandpost.example/news/ferry</a>. It is a snapshot of the page as it appeared on"
                + " 3 Mar 2026 10:00:00 GMT.</div><span>Tip: To quickly find your search term on this page, press"
                + " Ctrl+F.</span></div>" + STORY + "</body></html>";
        ExtractedPage page = extractor.extract(html, "https://webcache.googleusercontent.example/search?q=cache:x");
        assertThat(String.join("\n", page.paragraphs())).doesNotContain("cache").doesNotContain("snapshot")
                .doesNotContain("Tip:").contains("failed a safety inspection");
        assertThat(page.outlet()).isEqualTo("islandpost.example");
    }

    @Test
    void anArchiveTodayCopyIsCreditedToTheSavedPage() {
        String html = "<html><head><title>Ferry service cut</title>"
                + "<link rel=\"canonical\" href=\"https://archive.example/Xy12\"></head><body>"
                + "<table><tr><td>Saved from <a href=\"https://www.islandpost.example/news/ferry\">"
                + "https://www.islandpost.example/news/ferry</a><br>search history</td></tr></table>"
                + STORY + "</body></html>";
        ExtractedPage page = extractor.extract(html, null);
        assertThat(page.outlet()).isEqualTo("islandpost.example");
        assertThat(String.join("\n", page.paragraphs())).doesNotContain("Saved from");
    }

    @Test
    void aWaybackAddressGivesTheOriginalHost() {
        String html = "<html><head><title>Ferry service cut</title><link rel=\"canonical\""
                + " href=\"https://web.archive.org/web/20260303101500/https://www.islandpost.example/news/ferry\">"
                + "</head><body>" + STORY + "</body></html>";
        assertThat(extractor.extract(html, null).outlet()).isEqualTo("islandpost.example");
    }

    /** An AMP page saved from a cache's address (Chrome's MHTML of a search result) is the original site's. */
    @Test
    void anAmpCachesAddressGivesTheOriginalHost() {
        String html = "<html amp><head><title>Ferry service cut</title></head><body>" + STORY + "</body></html>";
        assertThat(extractor.extract(html, "https://www-islandpost-example.cdn.ampproject.org/c/s/www.islandpost.example"
                + "/news/ferry/amp").outlet()).isEqualTo("islandpost.example");
        assertThat(extractor.extract(html, "https://www.google.com/amp/s/www.islandpost.example/news/ferry.amp")
                .outlet()).isEqualTo("islandpost.example");
        assertThat(ArchiveWrappers.original(org.jsoup.Jsoup.parse(html), "https://www.google.com/amp/islandpost.example"
                + "/2026/03/03/ferry")).contains("http://islandpost.example/2026/03/03/ferry");
    }
}
