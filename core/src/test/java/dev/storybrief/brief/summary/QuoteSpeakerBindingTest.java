package dev.storybrief.brief.summary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.analyze.AnnotatorChain;
import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.Article;
import dev.storybrief.model.Sentence;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A summary quote credited by a bare surname or a pronoun is not read right after another person; made-up texts. */
class QuoteSpeakerBindingTest {
    private final AnnotatorChain chain = AnnotatorChain.standard();

    private AnalyzedArticle article(String... paragraphs) {
        return chain.annotate(new Article("a", null, null, null, null, LocalDate.of(2026, 7, 15), "text",
                List.of(paragraphs), List.of()));
    }

    private static boolean misread(AnalyzedArticle a, int quote, int before) {
        Sentence s = a.sentences().get(quote);
        Sentence b = before < 0 ? null : a.sentences().get(before);
        return QuoteSpeakerBinding.misread(a, s, s.text(), b == null ? null : a, b, b == null ? null : b.text());
    }

    @Test
    void aBareSurnameAfterAnotherPersonOfThatSurnameIsMisread() {
        AnalyzedArticle a = article(
                "Councillor Ruth Achebe, who proposed the inquiry, said it would report by the end of September.",
                "Director Simon Achebe said the port would co-operate fully. \"We have nothing to hide,\" Achebe said.");
        assertThat(misread(a, 2, 0)).as("after Ruth Achebe").isTrue();
        assertThat(misread(a, 2, 1)).as("after Simon Achebe").isFalse();
    }

    @Test
    void aPronounIsReadOnlyAfterItsOwnAntecedent() {
        AnalyzedArticle a = article(
                "Mayor Elena Varga said 40 people were still missing.",
                "Geologist Ana Brandt said the slope had been moving for weeks. \"The warnings were clear,\" she said.");
        assertThat(misread(a, 2, 0)).as("after the mayor").isTrue();
        assertThat(misread(a, 2, -1)).as("with nothing before").isTrue();
        assertThat(misread(a, 2, 1)).as("after the geologist, as in the article").isFalse();
    }
}
