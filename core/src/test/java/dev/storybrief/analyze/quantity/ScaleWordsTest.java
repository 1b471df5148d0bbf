package dev.storybrief.analyze.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.model.QuantitySpan;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A figure scaled by a word of its language ("62 млрд рублей", "58 миллиардов рублей", "1,2 milyar lira") is read at
 * its scale and counts the noun after the scale word, whichever form or abbreviation each outlet writes, in the
 * languages read by English's rules over their own digits and in those with tables. Made-up sentences.
 */
class ScaleWordsTest {
    private static List<QuantitySpan> read(String language, String sentence) {
        return QuantityRules.forLanguage(language).extract(sentence, 0, 0);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ru|Власти края выделят 62 млрд рублей на ремонт дорог.|62000000000|рублей
            ru|Власти края выделят 58 миллиардов рублей на ремонт дорог.|58000000000|рублей
            ru|На ремонт моста направят 1,5 млрд рублей.|1500000000|рублей
            ru|Жителям выплатят 300 тыс. рублей компенсации.|300000|рублей
            ru|В городе живут 2 миллиона человек.|2000000|человек
            tr|Belediye yollar için 1,2 milyar lira ayırdı.|1200000000|lira
            uk|Місто витратить 4 млрд гривень на дороги.|4000000000|гривень
            """)
    void aScaleWordScalesTheFigureWhichCountsTheNounAfterIt(String language, String sentence, double value, String key) {
        assertThat(read(language, sentence)).singleElement().satisfies(q -> {
            assertThat(q.value()).isEqualTo(value);
            assertThat(q.key()).isEqualTo(key);
        });
    }

    @Test
    void twoFormsOfOneScaleCountOneThing() {
        QuantitySpan shortForm = read("ru", "Край потратит 62 млрд рублей на дороги.").get(0);
        QuantitySpan longForm = read("ru", "Край потратит 58 миллиардов рублей на дороги.").get(0);
        assertThat(shortForm.key()).isEqualTo(longForm.key());
        assertThat(shortForm.value() / longForm.value()).isBetween(1.0, 1.1);
    }

    @Test
    void aFunctionWordAfterTheScaleIsNoNoun() {
        assertThat(read("ru", "Власти края выделят 62 млрд на ремонт дорог.")).singleElement()
                .satisfies(q -> assertThat(q.key()).isEqualTo("млрд"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            de|Das Land gibt 6,2 Mrd. Euro für die Straßen aus.|6200000000
            de|Das Land gibt 620 Mio. Euro für die Straßen aus.|620000000
            fr|La région consacre 6,2 milliards d'euros aux routes.|6200000000
            es|La región destina 6.200 millones de euros a las carreteras.|6200000000
            es|La región destina 6,2 mil millones de euros a las carreteras.|6200000000
            it|La regione spende 6,2 miliardi di euro per le strade.|6200000000
            pl|Region wyda 620 tys. złotych na drogi.|620000
            """)
    void theLanguagesWithTablesReadTheirScaleWords(String language, String sentence, double value) {
        assertThat(read(language, sentence)).anySatisfy(q -> assertThat(q.value()).isEqualTo(value));
    }
}
