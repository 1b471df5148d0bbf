package dev.storybrief.analyze.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.model.QuantitySpan;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "48 mil 500 euros": Portuguese and Spanish write the hundreds after a thousand given as a word, and the number is
 * 48,500, not 500; after a million the digits are no part of it. Made-up sentences.
 */
class HundredsAfterAThousandTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "pt | O prejuízo chegou a 48 mil 500 euros por loja.  | 48500",
            "pt | O prejuízo chegou a 45 mil euros por loja.      | 45000",
            "es | Unas 48 mil 500 personas fueron evacuadas.      | 48500",
    })
    void theHundredsBelongToTheNumber(String language, String sentence, double value) {
        List<QuantitySpan> read = QuantityRules.forLanguage(language).extract(sentence, 0, 0);
        assertThat(read).as(sentence).hasSize(1);
        assertThat(read.get(0).value()).isEqualTo(value);
    }
}
