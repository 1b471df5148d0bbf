package dev.storybrief.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A page's own statement of its article's section and schema.org type reaches the extracted page (made-up pages). */
class ArticleTypesTest {
    private static final String BODY = "<p>The council voted on Tuesday to close the Harlow timber yard by the spring,"
            + " after three fires in as many summers had burned through its sheds and the houses beside it.</p>"
            + "<p>The yard's owner said the decision would cost forty jobs and that the company would appeal against it"
            + " before the planning inspectorate in the new year.</p>"
            + "<p>Residents of the streets beside the yard welcomed the vote, which ends a campaign of six years.</p>";

    private static ExtractedPage page(String head, String articleAttributes) {
        return new HtmlArticleExtractor().extract("<html><head><title>Harlow was right</title>" + head + "</head><body>"
                + "<article" + articleAttributes + "><h1>Harlow was right</h1>" + BODY + "</article></body></html>", null);
    }

    @Test
    void theSectionAndTheJsonLdTypeAreRead() {
        ExtractedPage p = page("<meta property='article:section' content='Meinung'>"
                + "<script type='application/ld+json'>{\"@type\":\"OpinionNewsArticle\",\"headline\":\"Harlow was right\"}"
                + "</script>", "");
        assertThat(p.section()).isEqualTo("Meinung");
        assertThat(p.schemaType()).isEqualTo("OpinionNewsArticle");
    }

    @Test
    void microdataDeclaresTheTypeToo() {
        ExtractedPage p = page("", " itemscope itemtype='https://schema.org/OpinionNewsArticle'");
        assertThat(p.schemaType()).isEqualTo("OpinionNewsArticle");
        assertThat(page("", " itemscope itemtype='https://schema.org/NewsArticle'").schemaType()).isNull();
    }
}
