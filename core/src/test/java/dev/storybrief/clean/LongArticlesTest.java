package dev.storybrief.clean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.model.Article;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An article longer than any news article is cut at a sentence end, and the cut is said. */
class LongArticlesTest {

    private static Article article(List<String> paragraphs) {
        return new Article("long", null, "Long", "Weekly", null, null, null, paragraphs, List.of());
    }

    @Test
    void aLongParagraphIsCutAtTheLastSentenceEndBeforeTheLimit() {
        String paragraph = "The first sentence is here. The second sentence is longer than the first. The third one.";
        Article whole = article(List.of("A short opening paragraph.", paragraph));
        Article cut = LongArticles.cut(whole, 26 + 75).orElseThrow();
        assertThat(cut.paragraphs()).containsExactly("A short opening paragraph.",
                "The first sentence is here. The second sentence is longer than the first.");
        assertThat(LongArticles.length(cut)).isLessThanOrEqualTo(101);
        assertThat(cut.withParagraphs(whole.paragraphs())).as("only the paragraphs change").isEqualTo(whole);
        assertThat(LongArticles.note("long", whole, cut)).isEqualTo("warning long is 114 characters long, longer than"
                + " any news article: only its first 99 are briefed (the limit is 300,000)");
    }

    @Test
    void paragraphsPastTheLimitAreLeftOutAndAShortArticleIsNotCut() {
        Article whole = article(List.of("One paragraph of text.", "Another paragraph.", "A third paragraph here."));
        assertThat(LongArticles.cut(whole, 45).orElseThrow().paragraphs())
                .containsExactly("One paragraph of text.", "Another paragraph.");
        assertThat(LongArticles.cut(whole, 1000)).isEmpty();
        assertThat(LongArticles.cut(whole)).isEmpty();
    }

    @Test
    void aTextWithoutSentenceMarksIsCutAtASpace() {
        Article cut = LongArticles.cut(article(List.of("word ".repeat(40).strip())), 52).orElseThrow();
        assertThat(cut.paragraphs().get(0)).matches("(word )*word").hasSizeLessThanOrEqualTo(52);
    }
}
