package dev.storybrief.analyze.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Keys of one noun in two inflections (a case or possessive ending, a definite article glued on) are one noun; a
 * short word with letters after it, two words, or a suffix longer than an ending are not.
 */
class InflectedKeysTest {
    @ParameterizedTest
    @CsvSource({
        "büyüklüğünde, büyüklüğündeki, true",
        "lägenheter, lägenheterna, true",
        "kaç, kaçında, false",
        "people killed, people killedd, false",
        "konut, konutlarındakiler, false",
        "deprem, deprem, false"})
    void oneNounInTwoInflections(String a, String b, boolean same) {
        assertThat(InflectedKeys.sameNoun(a, b)).as(a + " / " + b).isEqualTo(same);
        assertThat(InflectedKeys.sameNoun(b, a)).isEqualTo(same);
    }
}
