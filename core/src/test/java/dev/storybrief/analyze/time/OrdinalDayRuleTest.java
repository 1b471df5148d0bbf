package dev.storybrief.analyze.time;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.model.Granularity;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** "Today is the eighth day of the blockade": the ordinal day is the article's day (made-up sentences). */
class OrdinalDayRuleTest {
    private static final LocalDate WEDNESDAY = LocalDate.of(2026, 12, 2);
    private final TemporalTagger tagger = new TemporalTagger();

    private List<TemporalMention> ordinals(String sentence) {
        return tagger.tag(sentence, WEDNESDAY).stream().filter(m -> m.text().matches("the \\w+ (day|week)")).toList();
    }

    @Test
    void aPresentCopulaWithTodayOrItMakesTheOrdinalDayTheArticlesDay() {
        assertThat(ordinals("In the capital, today is the eighth day of the blockade.")).singleElement()
                .satisfies(m -> {
                    assertThat(m.text()).isEqualTo("the eighth day");
                    assertThat(m.value()).isEqualTo("2026-12-02");
                    assertThat(m.granularity()).isEqualTo(Granularity.DAY);
                });
        assertThat(ordinals("It's the second day of an offensive by the security forces.")).singleElement()
                .satisfies(m -> assertThat(m.value()).isEqualTo("2026-12-02"));
        assertThat(ordinals("It is the third week of the strike.")).singleElement()
                .satisfies(m -> assertThat(m.value()).isEqualTo("2026-11-30"));
    }

    @Test
    void aPastCopulaOrAnotherSubjectNamesNoDay() {
        assertThat(ordinals("It was the second day of the offensive.")).isEmpty();
        assertThat(ordinals("He vowed to do so on the first day of his term.")).isEmpty();
    }
}
