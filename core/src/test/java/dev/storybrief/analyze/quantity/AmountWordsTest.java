package dev.storybrief.analyze.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.model.Qualifier;
import dev.storybrief.model.QuantitySpan;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Amounts written without a plain figure: multiples of a round noun ("two dozen"), shares of a stated total ("a third
 * of the 90"), vague plurals read as ranges ("dozens of"), and number words with "and" ("two hundred and ten").
 */
class AmountWordsTest {

    private static List<QuantitySpan> extract(String language, String sentence) {
        return QuantityRules.forLanguage(language).extract(sentence, 0, 0);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "en | Three dozen volunteers cleared the beach.                 | 36      | EXACT   | volunt",
            "en | A score of walkers reached the summit.                    | 20      | EXACT   | walker",
            "en | Half a million households lost their water supply.        | 500000  | EXACT   | household",
            "en | Half a dozen lorries were stuck on the pass.               | 6       | EXACT   | lorri",
            "en | Officials said three hundred and forty pupils were moved.  | 340     | EXACT   | pupil",
            "en | A third of the 90 workers were sent home.                  | 30      | EXACT   | worker",
            "en | Roughly half of the 400 stalls were destroyed.             | 200     | ABOUT   | stall",
            "en | Three quarters of the village's 1,200 voters took part.    | 900     | EXACT   | voter",
            "de | Drei Dutzend Helfer räumten den Strand.                    | 36      | ABOUT   | helf",
            "de | Zwei Drittel der 60 Besucher standen auf der Brücke.       | 40      | EXACT   | besuch",
            "de | Etwa ein Viertel der 400 Stände brannte ab.                | 100     | ABOUT   | stand",
            "es | Dos docenas de voluntarios limpiaron la playa.             | 24      | ABOUT   | voluntari",
            "es | Un tercio de los 90 trabajadores fue enviado a casa.       | 30      | EXACT   | trabajador",
            "pt | Três dezenas de voluntários limparam a praia.              | 30      | ABOUT   | voluntari",
            "pt | Meia dúzia de camiões ficaram presos.                      | 6       | ABOUT   | camia",
    })
    void readsMultiplesAndSharesOfAStatedTotal(String language, String sentence, double value, Qualifier qualifier,
                                               String keyStart) {
        List<QuantitySpan> found = extract(language, sentence);
        assertThat(found).hasSize(1);
        QuantitySpan q = found.get(0);
        assertThat(q.value()).isEqualTo(value);
        assertThat(q.qualifier()).isEqualTo(qualifier);
        assertThat(q.key()).startsWith(keyStart);
        assertThat(sentence.substring(q.start(), q.end())).isEqualTo(q.text());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "en | Dozens of volunteers cleared the beach.                   | 24     | 99",
            "en | Hundreds of walkers reached the summit.                   | 200    | 999",
            "en | A handful of stalls reopened on Monday.                   | 2      | 10",
            "en | Tens of thousands of households lost water.               | 20000  | 99999",
            "de | Dutzende Helfer räumten den Strand.                       | 24     | 99",
            "es | Centenares de voluntarios limpiaron la playa.             | 200    | 999",
            "pt | Dezenas de voluntários limparam a praia.                  | 20     | 99",
            "fr | Des centaines de bénévoles ont nettoyé la plage.          | 200    | 999",
            "it | Decine di volontari hanno pulito la spiaggia.             | 20     | 99",
    })
    void aVaguePluralIsARangeThatCanBeWeighed(String language, String sentence, double low, double high) {
        List<QuantitySpan> found = extract(language, sentence);
        assertThat(found).hasSize(1);
        QuantitySpan q = found.get(0);
        assertThat(q.qualifier()).isEqualTo(Qualifier.RANGE);
        assertThat(q.low()).isEqualTo(low);
        assertThat(q.high()).isEqualTo(high);
    }

    /** "dozens" holds forty; "two dozen" does not, and neither holds 150. */
    @Test
    void aVaguePluralAgreesWithAFigureInsideItsRangeOnly() {
        QuantitySpan dozens = extract("en", "Dozens of volunteers cleared the beach.").get(0);
        QuantitySpan twoDozen = extract("en", "Two dozen volunteers cleared the beach.").get(0);
        QuantitySpan forty = extract("en", "Forty volunteers cleared the beach.").get(0);
        QuantitySpan many = extract("en", "Some 150 volunteers cleared the beach.").get(0);
        assertThat(dozens.agreesWith(forty)).isTrue();
        assertThat(twoDozen.agreesWith(forty)).isFalse();
        assertThat(dozens.agreesWith(many)).isFalse();
    }

    /** "the crew of 30 fought the fire": 30 is the crew's size; "fought" is no counted thing. */
    @Test
    void aVerbAfterTheSizeOfAGroupIsNoCountedThing() {
        assertThat(extract("en", "Half of the team of 12 walked out of the talks.")).extracting(QuantitySpan::unit)
                .doesNotContain("walked");
        assertThat(extract("en", "A group of 12 children walked out.")).extracting(QuantitySpan::value, QuantitySpan::unit)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(12.0, "children"));
    }

    /** Money given for a cause is an amount however it is worded: raised, donated, in any currency sign. */
    @Test
    void moneyRaisedIsAnAmount() {
        assertThat(extract("en", "Neighbours raised £40,000 for the family.")).extracting(QuantitySpan::key)
                .containsExactly("money raised");
        assertThat(extract("en", "Readers have donated 2.5 million dollars so far.")).extracting(QuantitySpan::value,
                QuantitySpan::key).containsExactly(org.assertj.core.groups.Tuple.tuple(2.5e6, "money raised"));
        assertThat(extract("en", "The new pier will cost 3 million pounds.")).extracting(QuantitySpan::key)
                .containsExactly("money cost");
        assertThat(extract("en", "The lorry carried 3,000 pounds of gravel.")).extracting(QuantitySpan::key)
                .doesNotContain("money cost");
    }
}
