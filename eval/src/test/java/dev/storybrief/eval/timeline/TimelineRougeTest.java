package dev.storybrief.eval.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.storybrief.eval.dataset.EvalData;
import dev.storybrief.eval.metric.PrecisionRecall;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The worked examples of tilse's own tests ({@code tilse/test/evaluation/test_rouge.py}, ROUGE-1 with stemming and
 * SMART stop words): two reference timelines, four predicted timelines, every figure given there as a fraction.
 */
class TimelineRougeTest {
    private static final Offset<Double> EXACT = within(1e-12);
    private static TimelineRouge rouge;

    private static final List<Timeline> GROUND_TRUTH = List.of(
            timeline(Map.of(day(1), List.of("timeline summarization ."),
                    day(2), List.of("timeline summarization is awesome .", "coreference resolution is , too ."),
                    day(4), List.of("alignments are really nice"))),
            timeline(Map.of(day(2), List.of("metrics are complicated ."))));
    private static final Timeline SAME_NUMBER_OF_DATES = timeline(Map.of(day(2), List.of("timeline summarization ."),
            day(3), List.of("doing some metric checks ."), day(5), List.of("checks for alignments .")));
    private static final Timeline HIGHER_WITH_CONTENT_COSTS = timeline(Map.of(day(2), List.of("timeline summarization ."),
            day(3), List.of("alignments are really nice"), day(5), List.of("timeline summarization .")));
    private static final Timeline LESS_DATES = timeline(Map.of(day(2), List.of("timeline summarization ."),
            day(3), List.of("doing some metric checks .")));
    private static final Timeline MORE_DATES = timeline(Map.of(day(2), List.of("timeline summarization ."),
            day(3), List.of("doing some metric checks ."), day(5), List.of("checks for alignments ."),
            day(6), List.of("asdf")));

    @BeforeAll
    static void scorer() {
        rouge = new TimelineRouge(EvalData.rouge());
    }

    @Test
    void concat() {
        assertRouge1(rouge.concat(SAME_NUMBER_OF_DATES, GROUND_TRUTH), 4.0 / 12, 4.0 / 11);
        assertRouge1(rouge.concat(LESS_DATES, GROUND_TRUTH), 3.0 / 8, 3.0 / 11);
        assertRouge1(rouge.concat(MORE_DATES, GROUND_TRUTH), 4.0 / 14, 4.0 / 11);
    }

    @Test
    void agreement() {
        assertRouge1(rouge.agreement(SAME_NUMBER_OF_DATES, GROUND_TRUTH), 2.0 / 12, 2.0 / 11);
        assertRouge1(rouge.agreement(LESS_DATES, GROUND_TRUTH), 2.0 / 8, 2.0 / 11);
        assertRouge1(rouge.agreement(MORE_DATES, GROUND_TRUTH), 2.0 / 14, 2.0 / 11);
    }

    @Test
    void alignDateContentCostsManyToOne() {
        assertRouge1(rouge.alignManyToOne(SAME_NUMBER_OF_DATES, GROUND_TRUTH), 3.0 / 12, 3.5 / 11);
        assertRouge1(rouge.alignManyToOne(LESS_DATES, GROUND_TRUTH), 2.5 / 8, 3.0 / 11);
        assertRouge1(rouge.alignManyToOne(MORE_DATES, GROUND_TRUTH), 3.0 / 14, 3.5 / 11);
    }

    @Test
    void contentCostsPreferTheAlignmentThatSharesWords() {
        // Computed by hand from tilse's cost definition (not one of its test cases). Precision: 2 Jan -> 2 Jan (cost 0,
        // 2 hits); 3 Jan copies the 4 January reference: cost 1/2 * (1 - 2/3) = 1/6 beats 2 Jan's 1/2, so 2 hits at
        // weight 1/2; 5 Jan -> 1 Jan (cost 4/5 * 1/3 beats 4 Jan's 1/2 and 2 Jan's 3/4 * 26/42), 2 hits at weight 1/5.
        // Peer count: 2 references x 6 words. (3.4 / 12 is also what tilse's one-to-one align+ gives this timeline.)
        TimelineRouge.Scores scores = rouge.alignManyToOne(HIGHER_WITH_CONTENT_COSTS, GROUND_TRUTH);
        assertThat(scores.rouge1().precision()).isCloseTo(3.4 / 12, EXACT);
    }

    @Test
    void emptyPredictionScoresZeroAndCountsEveryReferenceWord() {
        TimelineRouge.Scores scores = rouge.alignManyToOne(timeline(Map.of()), GROUND_TRUTH);
        assertThat(scores.rouge1()).isEqualTo(PrecisionRecall.ZERO);
        assertThat(rouge.concat(timeline(Map.of()), GROUND_TRUTH).rouge1()).isEqualTo(PrecisionRecall.ZERO);
    }

    @Test
    void identicalTimelineScoresOneOnEveryVariant() {
        List<Timeline> one = List.of(GROUND_TRUTH.get(0));
        for (TimelineRouge.Scores scores : List.of(rouge.concat(one.get(0), one), rouge.agreement(one.get(0), one),
                rouge.alignManyToOne(one.get(0), one))) {
            assertThat(scores.rouge1().f1()).isCloseTo(1.0, EXACT);
            assertThat(scores.rouge2().f1()).isCloseTo(1.0, EXACT);
        }
    }

    @Test
    void rouge2CountsBigramsAfterStopWordsAreRemoved() {
        // "timeline summarization is awesome" loses "is": bigrams "timeline summarization", "summarization awesome".
        Timeline predicted = timeline(Map.of(day(2), List.of("summarization awesome")));
        TimelineRouge.Scores scores = rouge.agreement(predicted, List.of(GROUND_TRUTH.get(0)));
        assertThat(scores.rouge2().precision()).isCloseTo(1.0, EXACT);
        // recall counts every reference date: 2 January has 4 bigrams (timeline-summarization, summarization-awesome,
        // awesome-coreference, coreference-resolution: grams run across sentences, as in ROUGE-1.5.5), 1 and 4 January
        // one each
        assertThat(scores.rouge2().recall()).isCloseTo(1.0 / 6, EXACT);
    }

    @Test
    void dateSelectionIsSetOverlap() {
        PrecisionRecall dates = DateSelection.score(SAME_NUMBER_OF_DATES, GROUND_TRUTH);
        assertThat(dates.precision()).isCloseTo(1.0 / 3, EXACT);
        assertThat(dates.recall()).isCloseTo(1.0 / 3, EXACT);
        assertThat(DateSelection.score(MORE_DATES, GROUND_TRUTH).f1()).isCloseTo(2 * 0.25 * (1.0 / 3) / (0.25 + 1.0 / 3), EXACT);
    }

    private static void assertRouge1(TimelineRouge.Scores scores, double precision, double recall) {
        assertThat(scores.rouge1().precision()).as("precision").isCloseTo(precision, EXACT);
        assertThat(scores.rouge1().recall()).as("recall").isCloseTo(recall, EXACT);
    }

    static LocalDate day(int d) {
        return LocalDate.of(2010, 1, d);
    }

    static Timeline timeline(Map<LocalDate, List<String>> entries) {
        return Timeline.of(entries);
    }
}
