package dev.storybrief.eval.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class UndatedArticlesEvaluationTest {
    private static TimelineArticle article(String id, int day, String text) {
        return new TimelineArticle(id, LocalDate.of(2026, 3, day), text);
    }

    @Test
    void everyOtherArticleLosesItsDateAndIsComparedWithIt() {
        TimelineCollection story = new TimelineCollection("harbour", List.of(
                article("a", 10, "The harbour council voted today to close the old ferry terminal at Kestrel Point."),
                article("b", 10, "The harbour council voted today to close the old ferry terminal at Kestrel Point,"
                        + " residents said."),
                article("c", 12, "Engineers said on Thursday the pier was unsafe after the winter storms."),
                article("d", 14, "A bakery in the old town won a prize for its rye bread.")));
        List<UndatedArticlesEvaluation.Outcome> outcomes = new UndatedArticlesEvaluation().run(story);
        assertThat(outcomes).extracting(UndatedArticlesEvaluation.Outcome::id).containsExactly("b", "d");
        assertThat(outcomes.get(0).inferred()).as("the same vote told today").isEqualTo(LocalDate.of(2026, 3, 10));
        assertThat(outcomes.get(0).off()).isZero();
        assertThat(outcomes.get(1).inferred()).as("nothing supports a date").isNull();
        assertThat(outcomes.get(1).off()).isEqualTo(-1);
        String table = UndatedArticlesEvaluation.markdown("tuning", outcomes);
        assertThat(table).contains("| harbour | 2 | 1 | 1 (1.00) | 1 (1.00) | 1 (1.00) | 0 (0.00) | - |");
    }

    @Test
    void theConfidenceAucCountsTiesHalf() {
        assertThat(UndatedArticlesEvaluation.auc(List.of(0.6, 0.4), List.of(0.4))).isEqualTo(0.75);
        assertThat(UndatedArticlesEvaluation.auc(List.of(0.6), List.of())).isNaN();
    }

    @Test
    void anUnknownPartIsOneClearError() {
        assertThatThrownBy(() -> UndatedArticlesEvaluation.part(List.of(), "held-out"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tuning, gate or all");
    }
}
