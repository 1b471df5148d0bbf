package dev.storybrief.eval.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.storybrief.SharedData;
import dev.storybrief.eval.annotate.QuoteAnnotation;
import dev.storybrief.eval.annotate.Span;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The quote metrics on a hand-made article, and the PolNeAR data as its README describes it. */
class QuoteScorerTest {
    private static final String TEXT = "\u201cWe will win,\u201d Smith said. Jones said taxes would rise. "
            + "He added: \u201cNot this year.\u201d";

    private static Span span(String piece) {
        int start = TEXT.indexOf(piece);
        return new Span(start, start + piece.length(), piece);
    }

    private static final GoldAttribution WIN = new GoldAttribution(span("\u201cWe will win,\u201d"), span("Smith"));
    private static final GoldAttribution TAXES = new GoldAttribution(span("taxes would rise"), span("Jones"));
    private static final GoldAttribution NOT_THIS_YEAR = new GoldAttribution(span("\u201cNot this year.\u201d"),
            span("He"));

    @Test
    void directQuotationsOpenWithAQuotationMark() {
        assertThat(WIN.direct()).isTrue();
        assertThat(TAXES.direct()).isFalse();
        assertThat(new GoldAttribution(new Span(0, 3, "'90s"), null).direct()).isFalse();
    }

    @Test
    void detectionSpeakerAndAttribution() {
        List<QuoteAnnotation> predicted = List.of(
                new QuoteAnnotation(span("We will win"), span("Smith"), "John Smith"),
                // right quote, speaker given by name only: "Jones" is not the gold "He" (no coreference in the gold)
                new QuoteAnnotation(span("Not this year."), null, "Jones"),
                // not an attribution at all
                new QuoteAnnotation(span("said taxes"), null, null));
        QuoteScores s = QuoteScorer.score(Map.of("a", List.of(WIN, TAXES, NOT_THIS_YEAR)), Map.of("a", predicted));
        // "said taxes" overlaps the paraphrase "taxes would rise": it counts as on gold
        assertThat(s.predictedOnGold()).isEqualTo(3);
        assertThat(s.direct().precision()).isEqualTo(1.0);
        assertThat(s.goldDirect()).isEqualTo(2);
        assertThat(s.direct().recall()).isEqualTo(1.0);
        assertThat(s.all().recall()).isEqualTo(1.0);
        // characters: predicted 11 + 14 + 10; on gold: all but "said " (5)
        assertThat(s.characters().precision()).isCloseTo(30.0 / 35, within(1e-12));
        // direct gold characters 14 + 16; the predicted quotes leave out the marks and the comma
        assertThat(s.characters().recall()).isCloseTo(25.0 / 30, within(1e-12));
        assertThat(s.speakerPairs()).isEqualTo(2);
        assertThat(s.speakerCorrect()).isEqualTo(1);
        assertThat(s.speakerAccuracy()).isEqualTo(0.5);
        // attribution: precision 1 of 3 predicted (Smith), recall 1 of 2 sourced direct quotations
        assertThat(s.attribution().precision()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(s.attribution().recall()).isEqualTo(0.5);
    }

    @Test
    void speakerIsRightByOverlappingSpanOrBySurname() {
        QuoteAnnotation byName = new QuoteAnnotation(span("We will win"), null, "Mr. John Smith");
        assertThat(QuoteScorer.speakerCorrect(byName, span("Smith"))).isTrue();
        QuoteAnnotation bySpan = new QuoteAnnotation(span("Not this year."), span("He"), "Jones");
        assertThat(QuoteScorer.speakerCorrect(bySpan, span("He"))).isTrue();
        assertThat(QuoteScorer.speakerCorrect(byName, null)).isFalse();
    }

    @Test
    void sameNameNeedsTheSurnameCapitalisedInTheMention() {
        assertThat(SameName.matches("Hillary Clinton", "Clinton's campaign")).isTrue();
        assertThat(SameName.matches("Hillary Clinton", "Bill Clinton")).isTrue(); // same surname: only the span tells
        assertThat(SameName.matches("Donald Trump", "he")).isFalse();
        assertThat(SameName.matches("Rose", "the rose garden")).isFalse();
        assertThat(SameName.matches(null, "Smith")).isFalse();
    }

    @Test
    void devHasTheDirectQuotationCountOfTheReadme() {
        List<PolnearDocument> dev = PolnearDataset.load(SharedData.evalData("polnear/dev.jsonl"));
        assertThat(dev).hasSize(84);
        assertThat(dev.stream().mapToLong(d -> d.attributions().stream().filter(GoldAttribution::direct).count()).sum())
                .isEqualTo(370);
    }

    /** Floors a little under the figures in docs/BENCHMARKS.md (speaker 0.890, attribution F1 0.815 on train). */
    @Test
    void speakersOfTheTuningSplitHoldTheirFigures() {
        List<PolnearDocument> train = PolnearDataset.load(SharedData.evalData("polnear/train.jsonl"));
        QuoteScores s = QuoteEvaluation.score(train, QuoteEvaluation.pipelineAnnotations(train)).get(0).scores();
        System.out.printf("PolNeAR train: speaker %.3f attribution F1 %.3f%n", s.speakerAccuracy(),
                s.attribution().f1());
        assertThat(s.speakerAccuracy()).isGreaterThan(0.885);
        assertThat(s.attribution().f1()).isGreaterThan(0.81);
    }

    @Test
    void pipelineOnADevSampleFindsMostDirectQuotations() {
        List<PolnearDocument> sample = PolnearDataset.load(SharedData.evalData("polnear/dev.jsonl")).subList(0, 20);
        QuoteScores s = QuoteEvaluation.score(sample, QuoteEvaluation.pipelineAnnotations(sample)).get(0).scores();
        System.out.printf("PolNeAR dev sample (20 articles): P %.3f R(direct) %.3f speaker %.3f%n",
                s.direct().precision(), s.direct().recall(), s.speakerAccuracy());
        assertThat(s.direct().precision()).isGreaterThan(0.8);
        assertThat(s.direct().recall()).isGreaterThan(0.6);
        assertThat(s.speakerAccuracy()).isGreaterThan(0.3);
    }
}
