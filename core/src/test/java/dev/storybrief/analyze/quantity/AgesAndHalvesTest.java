package dev.storybrief.analyze.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.model.QuantitySpan;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Ages written after the number ("the 86-year-old actor", "dead at 86"), a length of time at a place ("4 years at the
 * Royal Court") and a half written as one sign ("4½ years"). Made-up sentences.
 */
class AgesAndHalvesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Harold Brine, the 86-year-old actor, has died.                   | 86 | age",
            "Lahoud, a 62-year-old naval officer, enjoys wide support.       | 62 | age",
            "The 62-year-old said he would stay.                              | 62 | age",
            "Brine was found dead at 86 in his home.                          | 86 | age",
            "He spent 4 years at the Royal Court before moving to film.       | 4  | duration year at royal",
            "He spent 4½ years at the Royal Court before moving to film.      | 4.5 | duration year at royal",
            "She served six years in the army.                                | 6  | duration year in armi",
    })
    void readsTheFigure(String sentence, double value, String key) {
        List<QuantitySpan> read = QuantityExtractor.ENGLISH.extract(sentence);
        assertThat(read).as(sentence).anySatisfy(q -> {
            assertThat(q.key()).isEqualTo(key);
            assertThat(q.value()).isEqualTo(value);
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The vote will continue a 55-year-old tradition under which the speaker is elected.",
            "A 150-year-old tower collapsed in the storm.",
            "He has known the prince since the prince was 9 years old.",
    })
    void aThingsAgeIsNoPersonsAge(String sentence) {
        assertThat(QuantityExtractor.ENGLISH.extract(sentence)).noneMatch(q -> q.key().equals("age"));
    }
}
