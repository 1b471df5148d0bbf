package dev.storybrief.analyze.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.model.Qualifier;
import dev.storybrief.model.QuantitySpan;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Figures of Arabic sentences, read from the Arabic {@link QuantityLanguage} table: Western and Arabic-Indic digits,
 * the counted noun after the number (or after "من"), the dead, the injured and the evacuated under English's keys.
 * The sentences are made up.
 */
class ArabicQuantityTest {

    private static List<QuantitySpan> read(String sentence) {
        return QuantityRules.forLanguage("ar").extract(sentence, 0, 0);
    }

    @Test
    void arabicHasRulesOfItsOwn() {
        assertThat(QuantityRules.supports("ar")).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "ارتفعت حصيلة ضحايا العاصفة في مدينة النخلة إلى 21 قتيلا، بحسب الدفاع المدني. | 21 قتيلا | 21 | EXACT | people killed",
            "قالت مصادر طبية إن عدد قتلى العاصفة بلغ 24 شخصا. | 24 شخصا | 24 | EXACT | people killed",
            "لقي 9 أشخاص حتفهم في انهيار المبنى. | 9 أشخاص | 9 | EXACT | people killed",
            "أصيب ٤٠ شخصا بجروح في الحادث. | ٤٠ شخصا | 40 | EXACT | people injured",
            "وأجلت السلطات نحو 2500 شخص من منازلهم. | نحو 2500 شخص | 2500 | ABOUT | people",
            "وأجلت السلطات ٣٬٥٠٠ شخص من منازلهم. | ٣٬٥٠٠ شخص | 3500 | EXACT | people",
            "ونزح أكثر من 1,200 من السكان إلى المدارس. | أكثر من 1,200 من السكان | 1200 | AT_LEAST | people",
            "وقدرت الأضرار بنحو 2.5 مليون دولار. | بنحو 2.5 مليون دولار | 2500000 | ABOUT | money damage",
    })
    void aFigureIsReadWithWhatItCounts(String sentence, String text, double value, Qualifier qualifier, String key) {
        assertThat(read(sentence)).filteredOn(q -> q.text().equals(text)).singleElement().satisfies(q -> {
            assertThat(q.value()).isEqualTo(value);
            assertThat(q.qualifier()).isEqualTo(qualifier);
            assertThat(q.key()).isEqualTo(key);
            assertThat(sentence.substring(q.start(), q.end())).isEqualTo(text);
        });
    }

    /** The evacuated in a sentence that counts the dead are not the dead: each count takes its own clause's verb. */
    @Test
    void theEvacuatedAreNotTheDead() {
        assertThat(read("وقالت الوزارة إن عدد القتلى بلغ 17 شخصا، فيما نزح نحو 5000 من السكان."))
                .extracting(q -> q.value() + " " + q.key())
                .containsExactly("17.0 people killed", "5000.0 people");
    }

    @Test
    void yearsAreNoCounts() {
        assertThat(read("وهذه أسوأ عاصفة تشهدها المدينة منذ عام 1987.")).isEmpty();
    }
}
