package dev.storybrief.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A short line is a byline when a word of it begins the author's name, not when the name ends a word. */
class AuthorLineTest {

    @Test
    void theAuthorsNameCountsOnlyWhereAWordBegins() {
        String page = "<html><head><meta name='author' content='AS'></head><body><article><p>"
                + String.join("</p><p>", SyntheticPages.BODY) + "</p><p>* Last-minute changes to the calendar are possible"
                + "</p></article></body></html>";
        assertThat(new HtmlArticleExtractor().extract(page, null).paragraphs())
                .contains("* Last-minute changes to the calendar are possible");
        assertThat(ParagraphFilter.namesAuthor("Text: AS, 12 May", "AS")).isTrue();
        assertThat(ParagraphFilter.namesAuthor("By Dana Miller", "Dana Miller")).isTrue();
        assertThat(ParagraphFilter.namesAuthor("* Last-minute changes to the race calendar are possible", "AS")).isFalse();
        assertThat(ParagraphFilter.namesAuthor("Dana Millerriverside", "Dana Miller")).isTrue();
        assertThat(ParagraphFilter.namesAuthor("14:43Dana Miller", "Dana Miller")).isTrue();
        assertThat(ParagraphFilter.namesAuthor("Results of the Verdana race", "Dana")).isFalse();
    }
}
