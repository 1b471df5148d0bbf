package dev.storybrief.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Markup on which jsoup's HTML tree builder fails (found by the fuzz test) still gives its article. */
class TreeFallbackTest {
    private static final String PARAGRAPH = "<p>The river bridge at Millbrook reopened on Monday after three weeks of "
            + "repairs to its steel cables, engineers said, and traffic returned to both lanes by the evening.</p>";
    /** Formatting elements open while the nesting passes jsoup's depth limit: its tree builder throws. */
    private static final String BREAKS_THE_TREE_BUILDER = "<p><a><s>" + "<article>".repeat(600) + "tail";

    @Test
    void theTreeBuilderReallyFailsOnThisMarkup() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> org.jsoup.Jsoup.parse(BREAKS_THE_TREE_BUILDER))
                .isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void thePageIsReadAsAPlainTreeAndKeepsItsParagraphs() {
        String html = "<html><body><main><h1>Bridge reopens</h1>" + PARAGRAPH.repeat(3)
                + PARAGRAPH.replace("Monday", "Tuesday").repeat(2) + "</main>" + BREAKS_THE_TREE_BUILDER
                + "</body></html>";
        ExtractedPage page = new HtmlArticleExtractor().extract(html, null);
        assertThat(page.hasArticle()).as(page.reason()).isTrue();
        assertThat(String.join("\n", page.paragraphs())).contains("reopened on Monday", "reopened on Tuesday");
        assertThat(page.removedBlocks()).anySatisfy(note -> assertThat(note).contains("read as a plain tree"));
    }
}
