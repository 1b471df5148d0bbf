package dev.storybrief.eval.temporal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.storybrief.eval.annotate.Span;
import dev.storybrief.eval.annotate.TimexAnnotation;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** The class of a timex by its words, and the per-class tally against the scorer's value F1. */
class TempEvalClassesTest {
    private static final String TEXT = "On Friday night, current prices fell; last week they rose 5% from a year earlier.";

    private static TimexAnnotation timex(String text, String type, String value) {
        int start = TEXT.indexOf(text);
        return new TimexAnnotation(new Span(start, start + text.length(), text), type, value);
    }

    @Test
    void theNarrowerFormWins() {
        assertThat(ExpressionClass.of("Friday night")).isEqualTo(ExpressionClass.PART_OF_DAY);
        assertThat(ExpressionClass.of("Friday")).isEqualTo(ExpressionClass.WEEKDAY);
        assertThat(ExpressionClass.of("a year earlier")).isEqualTo(ExpressionClass.YEAR_BEFORE);
        assertThat(ExpressionClass.of("last  week")).isEqualTo(ExpressionClass.WEEK);
        assertThat(ExpressionClass.of("two weeks ago")).isEqualTo(ExpressionClass.COUNTED_OFFSET);
        assertThat(ExpressionClass.of("the third quarter")).isEqualTo(ExpressionClass.QUARTER_OR_FISCAL);
        assertThat(ExpressionClass.of("current")).isEqualTo(ExpressionClass.VAGUE);
        assertThat(ExpressionClass.of("two years")).isEqualTo(ExpressionClass.LENGTH_OR_SET);
        assertThat(ExpressionClass.of("Oct. 31")).isEqualTo(ExpressionClass.MONTH_DAY);
        assertThat(ExpressionClass.of("the 1960s")).isEqualTo(ExpressionClass.DECADE_OR_CENTURY);
        assertThat(ExpressionClass.of("1989")).isEqualTo(ExpressionClass.YEAR);
        assertThat(ExpressionClass.of("whenever")).isEqualTo(ExpressionClass.OTHER);
    }

    @Test
    void theTallyAddsUpToTheScorersValueF1() {
        List<TimexAnnotation> gold = List.of(timex("Friday", "DATE", "1998-10-23"),
                timex("last week", "DATE", "1998-W42"), timex("a year earlier", "DATE", "1997"));
        List<TimexAnnotation> system = List.of(timex("Friday night", "TIME", "1998-10-23TNI"),
                timex("current", "DATE", "PRESENT_REF"), timex("last week", "DATE", "1998-W42"));
        Map<ExpressionClass, TempEvalClasses.Tally> tallies = new EnumMap<>(ExpressionClass.class);
        TempEvalClasses.tally(gold, system, tallies);

        assertThat(tallies.get(ExpressionClass.PART_OF_DAY).wrong).isEqualTo(1);
        assertThat(tallies.get(ExpressionClass.VAGUE).spurious).isEqualTo(1);
        assertThat(tallies.get(ExpressionClass.WEEK).right).isEqualTo(1);
        assertThat(tallies.get(ExpressionClass.YEAR_BEFORE).missed).isEqualTo(1);
        TimexScores scores = TimexScorer.score(Map.of("d", gold), Map.of("d", system));
        TempEvalClasses.Tally all = new TempEvalClasses.Tally();
        tallies.values().forEach(all::add);
        assertThat(TempEvalClasses.valueF1(all)).isCloseTo(scores.valueF1(), within(1e-12)).isCloseTo(1.0 / 3, within(1e-12));
        // the table's "without" for the spurious class: 2 * 1 / (2 + 3) = 0.4, a gain of 0.4 - 1/3
        String table = TempEvalClasses.table(tallies, ExpressionClass::name);
        String vague = table.lines().filter(l -> l.startsWith("VAGUE")).findFirst().orElseThrow();
        assertThat(vague).endsWith("+0.0667  +0.0000");
        assertThat(Objects.requireNonNull(table)).contains("value F1 0.3333");
    }
}
