package dev.storybrief.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A page that shows its update only in its text ("Updated <time datetime=...>6.30pm</time>") has it read as its
 * update time; a time after other words is not one. Made-up pages.
 */
class UpdateTimeTest {

    private static final String BODY = "<p>The harbour board of Tolm closed the north quay on Thursday after engineers"
            + " found cracks in two of its pillars during an inspection.</p><p>Ferries will use the south quay until"
            + " the repairs are done, the board said in a statement.</p>";

    private static String page(String stamp) {
        return "<html><head><title>Quay closed</title></head><body><article><h1>Quay closed</h1><p class='meta'>"
                + "Published <time datetime='2026-04-16T08:00:00Z'>16 April 2026</time>" + stamp + "</p>" + BODY
                + "</article></body></html>";
    }

    @Test
    void aTimeAfterTheWordUpdatedIsTheUpdate() {
        ExtractedPage page = new HtmlArticleExtractor().extract(
                page(" · Updated <time datetime='2026-04-16T18:30:00Z'>6.30pm</time>"), null);

        assertThat(page.published()).startsWith("2026-04-16T08:00");
        assertThat(page.updated()).startsWith("2026-04-16T18:30");
    }

    @Test
    void aTimeAfterOtherWordsIsNoUpdate() {
        ExtractedPage page = new HtmlArticleExtractor().extract(
                page(" · Hearing on <time datetime='2026-04-20T09:00:00Z'>Monday</time>"), null);

        assertThat(page.updated()).isNull();
    }
}
