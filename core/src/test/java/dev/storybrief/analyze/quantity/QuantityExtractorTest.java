package dev.storybrief.analyze.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.model.Qualifier;
import dev.storybrief.model.QuantitySpan;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuantityExtractorTest {
    private final QuantityExtractor extractor = new QuantityExtractor();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The raids came after nearly 12,000 air patrols over the coast. | 12000 | NEARLY | sortie",
            "Planes flew more than 30,000 sorties in all.                  | 30000 | AT_LEAST | sortie",
            "Twenty-three people were injured in the crash.                | 23 | EXACT | people injured",
            "The storm killed 7 people overnight.                          | 7 | EXACT | people killed",
            "Officials counted about 4,500 homes without power.            | 4500 | ABOUT | home",
            "The repairs will cost $48 million over two years.             | 48000000 | EXACT | money cost",
            "The port lost 300 million rubles in revenue last quarter.     | 300000000 | EXACT | money revenue",
            "Its budget was cut by 12 million dlrs this spring.            | 12000000 | EXACT | money budget",
            "Two hundred people were evacuated from the valley.            | 200 | EXACT | people",
            "Twenty one people were injured in the crash.                  | 21 | EXACT | people injured",
            "He took twenty one-day trips last year.                       | 20 | EXACT | trip",
    })
    void readsValueQualifierAndKey(String sentence, double value, Qualifier qualifier, String key) {
        QuantitySpan q = extractor.extract(sentence).get(0);
        assertThat(q.value()).isEqualTo(value);
        assertThat(q.qualifier()).isEqualTo(qualifier);
        assertThat(q.key()).isEqualTo(key);
        assertThat(sentence.substring(q.start(), q.end())).isEqualTo(q.text());
    }

    @Test
    void offsetsShiftToTheDocumentAndRecordTheSentence() {
        String doc = "First sentence here. Jets flew 900 missions.";
        QuantitySpan q = extractor.extract(doc.substring(21), 21, 1).get(0);
        assertThat(doc.substring(q.start(), q.end())).isEqualTo("900 missions");
        assertThat(q.sentence()).isEqualTo(1);
    }

    @Test
    void qualifierWordsMapToTheRangeTheyAllow() {
        assertThat(QuantityExtractor.qualifier("as few as")).isEqualTo(Qualifier.EXACT);
        assertThat(QuantityExtractor.qualifier("Up to")).isEqualTo(Qualifier.AT_MOST);
        assertThat(QuantityExtractor.qualifier("just under")).isEqualTo(Qualifier.NEARLY);
        assertThat(QuantityExtractor.qualifier(null)).isEqualTo(Qualifier.EXACT);
    }

    /** The counts and amounts of a sentence: the other kinds are figures, no quantities ({@link FigureKindsTest}). */
    private List<QuantitySpan> counts(String sentence) {
        return extractor.extract(sentence).stream().filter(q -> q.kind() == QuantitySpan.Kind.COUNT).toList();
    }

    @Test
    void yearsDatesTimesAgesAndOrdinalsAreNotQuantities() {
        assertThat(counts("In 2011 the vote was held on Oct. 31 at 10:30 a.m. in the 21st session.")).isEmpty();
        assertThat(extractor.extract("Elena Voss, 41, was driving home on 4 June.")).isEmpty();
        assertThat(extractor.extract("The first shock struck at 02:41 local time and 12 people were hurt."))
                .extracting(QuantitySpan::value).containsExactly(12.0);
        assertThat(extractor.extract("2358 UN officials give an update on the 40 staff still missing."))
                .as("a live page's time stamp opening the entry").extracting(QuantitySpan::value).containsExactly(40.0);
        assertThat(extractor.extract("Volunteers cannot travel for lack of money - 8 hrs ago")).as("a time unit").isEmpty();
    }

    /** "$900m", "£1.2bn", "$50k": the scale glued to an amount; a bare "900m" is a length and no count. */
    @Test
    void aScaleLetterGluedToAnAmountIsItsMagnitude() {
        assertThat(extractor.extract("The project will cost $900m, up from £1.2bn and $50k."))
                .extracting(QuantitySpan::value, QuantitySpan::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(9e8, "$900m"),
                        org.assertj.core.groups.Tuple.tuple(1.2e9, "£1.2bn"), org.assertj.core.groups.Tuple.tuple(5e4, "$50k"));
        assertThat(extractor.extract("The 900m climb to the summit cost walkers nothing.")).isEmpty();
    }

    /** "several hundred", "a few dozen" are no figures; "two hundred" is. */
    @Test
    void aNumberWordAfterAVagueQuantifierIsNoCount() {
        assertThat(extractor.extract("Several hundred UN employees and a few dozen volunteers attended the service.")).isEmpty();
        assertThat(extractor.extract("Two hundred UN employees attended the service."))
                .extracting(QuantitySpan::value).containsExactly(200.0);
    }

    @Test
    void scoresAndRangesAreNotCounts() {
        // a result is read as one, its two sides (FigureKindsTest), but neither side is a count
        assertThat(extractor.extract("The home side won the match 3-1 in front of its fans."))
                .allSatisfy(q -> assertThat(q.kind()).isEqualTo(dev.storybrief.model.QuantitySpan.Kind.ORDINAL));
        assertThat(extractor.extract("Forecasters expect 5-10 inches of snow.")).isEmpty();
    }

    @Test
    void aNumberCountingNothingNameableIsSkipped() {
        assertThat(extractor.extract("A higher count than the 14 the city gave.")).isEmpty();
        assertThat(counts("The chamber said the figure was $2 million a week.")).isEmpty();
    }

    @Test
    void findsSeveralInOneSentence() {
        List<QuantitySpan> q = extractor.extract("Jets flew 900 missions and hit almost 300 targets.");
        assertThat(q).extracting(QuantitySpan::key).containsExactly("sortie", "target");
        assertThat(q.get(1).qualifier()).isEqualTo(Qualifier.NEARLY);
        assertThat(q.get(1).qualifier().approximate()).isTrue();
    }
}
