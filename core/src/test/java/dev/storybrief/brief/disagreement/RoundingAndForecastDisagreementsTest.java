package dev.storybrief.brief.disagreement;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.analyze.AnnotatorChain;
import dev.storybrief.group.StoryGrouper;
import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.Article;
import dev.storybrief.model.Disagreement;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A figure written twice at two precisions is one figure, and a forecast is not what happened; two figures of one
 * amount that differ beyond rounding still disagree.
 */
class RoundingAndForecastDisagreementsTest {

    private static List<Disagreement> reports(String... texts) {
        List<AnalyzedArticle> articles = new java.util.ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            articles.add(AnnotatorChain.standard().annotate(new Article("r" + i, null, null, null, null, null, null,
                    List.of(texts[i]), List.of())));
        }
        return new NumberDisagreements().find(new StoryGrouper().group("s", articles));
    }

    @Test
    void anAmountRoundedToItsWrittenDigitIsNoDisagreement() {
        assertThat(reports("Pellmark Foods said quarterly revenue slipped 3% to $2.7 billion.",
                "Pellmark Foods said quarterly revenue was $2.68 billion.")).isEmpty();
    }

    @Test
    void aShareRoundedToTheWholeNumberIsNoDisagreement() {
        assertThat(reports("Councillor Ida Rowe won the Fenmarsh mayoral race with 61.4% of the vote, officials said.",
                "Ida Rowe won the Fenmarsh mayoral race with 62% of the vote, officials said.")).isEmpty();
    }

    @Test
    void aForecastIsNotTheReportedFigure() {
        assertThat(reports("Pellmark Foods said quarterly revenue was $2.68 billion.",
                "Pellmark Foods raised its full-year revenue forecast to between $9.5 billion and $10 billion, from $9 billion.",
                "Pellmark Foods said quarterly revenue was $2.7 billion.")).isEmpty();
    }
}
