package dev.storybrief.analyze.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.model.QuantitySpan;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A casualty report's counts each take their own verb, not the sentence's first injury word. */
class CountHarmTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "A bomb went off in the square, killing 14 people and wounding more than 50, officials said. | 14 | people killed",
            "The blast injured 9 people and killed 2 people at the depot.                                | 9 | people injured",
            "The blast injured 9 people and killed 2 people at the depot.                                | 2 | people killed",
            "Storms left 6 people dead and 40 people hurt across the region.                            | 6 | people killed",
            "Storms left 6 people dead and 40 people hurt across the region.                            | 40 | people injured",
            "At least 12 people were killed and dozens wounded when the bridge fell.                    | 12 | people killed",
            "The crash killed at least 8 passengers, and 30 people were injured.                        | 30 | people injured",
            "Some 15 people and 200 sheep were hurt when the barn burned.                               | 15 | people injured",
            "Hundreds of people left their homes and 14 people were killed in the flood.                | 999 | people",
            "About 300 residents were evacuated after 14 people were killed in the flood.               | 300 | people",
            "At least 14 people in the valley town, police said, died in the flood.                     | 14 | people killed",
    })
    void eachCountTakesItsOwnVerb(String sentence, double value, String key) {
        List<QuantitySpan> found = QuantityExtractor.ENGLISH.extract(sentence);
        assertThat(found).filteredOn(q -> q.value() == value).extracting(QuantitySpan::key).containsExactly(key);
    }
}
