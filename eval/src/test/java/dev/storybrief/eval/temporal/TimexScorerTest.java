package dev.storybrief.eval.temporal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.storybrief.SharedData;
import dev.storybrief.eval.annotate.Span;
import dev.storybrief.eval.annotate.TimexAnnotation;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The TempEval-3 timex definitions on hand-made cases, and the data as its README describes it. */
class TimexScorerTest {
    //                                    0         1         2         3         4
    //                                    012345678901234567890123456789012345678901234567
    private static final String TEXT = "He left on Sunday morning and returned last week.";

    private static TimexAnnotation timex(String text, String type, String value) {
        int start = TEXT.indexOf(text);
        return new TimexAnnotation(new Span(start, start + text.length(), text), type, value);
    }

    @Test
    void theScorersOwnExampleSundayForSundayMorningIsRelaxedButNotStrict() {
        // TE3-evaluation.py's header: gold "Sunday morning", system "Sunday": credit in relaxed matching only.
        List<TimexAnnotation> gold = List.of(timex("Sunday morning", "TIME", "1998-08-09TMO"),
                timex("last week", "DATE", "1998-W32"));
        List<TimexAnnotation> system = List.of(timex("left", "DATE", "1998-08-10"),
                timex("Sunday", "DATE", "1998-08-09"), timex("last week", "DATE", "1998-W32"));
        TimexScores s = TimexScorer.score(Map.of("d", gold), Map.of("d", system));
        assertThat(s.gold()).isEqualTo(2);
        assertThat(s.system()).isEqualTo(3);
        assertThat(s.strict().precision()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(s.strict().recall()).isCloseTo(1.0 / 2, within(1e-12));
        assertThat(s.relaxed().precision()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(s.relaxed().recall()).isEqualTo(1.0);
        assertThat(s.relaxed().f1()).isCloseTo(0.8, within(1e-12));
        // value: "last week" right, "Sunday" wrong: accuracy 1/2; value F1 = accuracy x relaxed F1 (the scorer's formula)
        assertThat(s.valueAccuracy()).isEqualTo(0.5);
        assertThat(s.valueF1()).isCloseTo(0.4, within(1e-12));
        assertThat(s.typeAccuracy()).isEqualTo(0.5);
        assertThat(s.typeF1()).isCloseTo(0.4, within(1e-12));
    }

    @Test
    void ofTwoSystemTimexesInsideOneGoldOnlyTheFirstMatchesTheOtherIsSpurious() {
        // TimeML-Normalizer gives the gold id to the system timex that begins first; "morning", begun while the gold
        // timex is already paired, keeps an id of its own and counts as a false timex.
        List<TimexAnnotation> gold = List.of(timex("Sunday morning", "TIME", "1998-08-09TMO"));
        List<TimexAnnotation> system = List.of(timex("Sunday", "DATE", "1998-08-09"),
                timex("morning", "TIME", "1998-08-09TMO"));
        TimexScores s = TimexScorer.score(Map.of("d", gold), Map.of("d", system));
        assertThat(s.relaxedMatched()).isEqualTo(1);
        assertThat(s.relaxed().precision()).isEqualTo(0.5);
        assertThat(s.relaxed().recall()).isEqualTo(1.0);
        assertThat(s.valueMatched()).isZero();
    }

    @Test
    void aSystemTimexOverTwoGoldTimexesMatchesOnlyTheFirst() {
        //                        0         1         2
        //                        0123456789012345678901234
        String text = "on Sunday morning last week";
        TimexAnnotation sunday = new TimexAnnotation(new Span(3, 9, "Sunday"), "DATE", "1998-08-09");
        TimexAnnotation morning = new TimexAnnotation(new Span(10, 17, "morning"), "TIME", "1998-08-09TMO");
        TimexAnnotation both = new TimexAnnotation(new Span(3, 17, text.substring(3, 17)), "DATE", "1998-08-09");
        TimexScores s = TimexScorer.score(Map.of("d", List.of(sunday, morning)), Map.of("d", List.of(both)));
        assertThat(s.relaxedMatched()).isEqualTo(1);
        assertThat(s.relaxed().precision()).isEqualTo(1.0);
        assertThat(s.relaxed().recall()).isEqualTo(0.5);
        assertThat(s.valueMatched()).isEqualTo(1);
        // value F1 = accuracy x relaxed F1 = 1 x 2/3
        assertThat(s.valueF1()).isCloseTo(2.0 / 3, within(1e-12));
    }

    @Test
    void aTimexBegunInsideAnotherPairsWithItEitherWay() {
        // gold "last week", system "week" (begins inside the gold one); and gold "week", system "last week"
        TimexAnnotation lastWeek = timex("last week", "DATE", "1998-W32");
        TimexAnnotation week = timex("week", "DATE", "1998-W32");
        for (TimexScores s : List.of(TimexScorer.score(Map.of("d", List.of(lastWeek)), Map.of("d", List.of(week))),
                TimexScorer.score(Map.of("d", List.of(week)), Map.of("d", List.of(lastWeek))))) {
            assertThat(s.relaxed().f1()).isEqualTo(1.0);
            assertThat(s.strict().f1()).isZero();
            assertThat(s.valueAccuracy()).isEqualTo(1.0);
        }
    }

    @Test
    void anUnannotatedDocumentCountsAsFindingNothingAndAMissingValueIsNeverRight() {
        List<TimexAnnotation> gold = List.of(timex("last week", "DATE", "1998-W32"));
        TimexScores none = TimexScorer.score(Map.of("d", gold), Map.of());
        assertThat(none.relaxed().recall()).isZero();
        assertThat(none.valueF1()).isZero();
        TimexScores unresolved = TimexScorer.score(Map.of("d", gold),
                Map.of("d", List.of(timex("last week", "DATE", null))));
        assertThat(unresolved.strict().f1()).isEqualTo(1.0);
        assertThat(unresolved.valueAccuracy()).isZero();
    }

    @Test
    void theDataHasTheTimexCountsItsReadmeGives() {
        List<TempEvalDocument> docs = TempEvalDataset.load(SharedData.evalData("tempeval3"));
        assertThat(docs).hasSize(256);
        assertThat(docs.stream().filter(d -> d.corpus().equals("timebank")).mapToInt(d -> d.gold().size()).sum())
                .isEqualTo(1243);
        assertThat(docs.stream().filter(d -> d.corpus().equals("aquaint")).mapToInt(d -> d.gold().size()).sum())
                .isEqualTo(579);
        // gold against itself scores 1 everywhere
        Map<String, List<TimexAnnotation>> gold = new java.util.LinkedHashMap<>();
        docs.forEach(d -> gold.put(d.id(), d.gold()));
        TimexScores self = TimexScorer.score(gold, gold);
        assertThat(self.strict().f1()).isEqualTo(1.0);
        assertThat(self.valueF1()).isEqualTo(1.0);
    }

    @Test
    void pipelineOnASampleFindsDatesWithTheirValues() {
        List<TempEvalDocument> docs = TempEvalDataset.load(SharedData.evalData("tempeval3/aquaint.jsonl")).subList(0, 15);
        List<TempEvalEvaluation.Row> rows = TempEvalEvaluation.score(docs, TempEvalEvaluation.pipelineAnnotations(docs));
        TimexScores s = rows.get(rows.size() - 1).scores();
        System.out.printf("TempEval-3 sample (15 AQUAINT docs): relaxed F1 %.3f, value F1 %.3f%n", s.relaxed().f1(),
                s.valueF1());
        // the tagger finds only dates (no durations, times or sets) but what it finds is mostly right
        assertThat(s.relaxed().precision()).isGreaterThan(0.8);
        assertThat(s.valueAccuracy()).isGreaterThan(0.6);
    }
}
