package dev.storybrief.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A post shorter than the article floor is still the page's article when the page declares itself a dated article
 * (Open Graph type "article" or a schema.org article with its date); the same short text on a page that declares
 * nothing (an error page, a stub) is not an article.
 */
class ShortPostTest {

    private static final String POST = "\u201EI know I have had too much and should not say this\u2026\u201C \u2013 "
            + "\u201EThen don't.\u201C";

    private static String page(String head) {
        return "<html><head><title>Doing nothing is an option too</title>" + head + "</head><body><article>"
                + "<h1>Doing nothing is an option too</h1><div class='entry-content'><p>" + POST + "</p></div>"
                + "</article><footer><a href='/about'>About</a></footer></body></html>";
    }

    @Test
    void aShortDatedPostIsAnArticle() {
        ExtractedPage page = new HtmlArticleExtractor().extract(page("<meta property='og:type' content='article'>"
                + "<meta property='article:published_time' content='2013-06-14T19:51:56+00:00'>"), null);

        assertThat(page.hasArticle()).isTrue();
        assertThat(page.paragraphs()).containsExactly(POST);
    }

    @Test
    void theSameTextOnAPageThatDeclaresNoArticleIsNone() {
        ExtractedPage page = new HtmlArticleExtractor().extract(page(""), null);

        assertThat(page.hasArticle()).isFalse();
        assertThat(page.reason()).startsWith("too little running text");
    }

    @Test
    void fewerThanTenWordsAreNoArticleEvenWhenDeclared() {
        String declared = "<meta property='og:type' content='article'><meta property='article:published_time'"
                + " content='2020-01-02'>";
        ExtractedPage page = new HtmlArticleExtractor().extract(page(declared).replace(POST, "This page no longer exists."),
                null);

        assertThat(page.hasArticle()).isFalse();
    }
}
