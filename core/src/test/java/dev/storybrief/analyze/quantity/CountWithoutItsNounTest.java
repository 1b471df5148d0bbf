package dev.storybrief.analyze.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A count given without its noun, followed by the credit of who gives it or by the verb of a crowd ("and 28,500
 * according to the police", "31,000 took part"), counts nothing the word after it names: neither "according" nor
 * "took" is a counted noun. Made-up sentences.
 */
class CountWithoutItsNounTest {
    private static List<String> keys(String sentence) {
        return QuantityRules.forLanguage("en").extract(sentence, 0, 0).stream()
                .map(q -> (int) q.value() + " " + q.key()).toList();
    }

    @Test
    void aCreditAfterABareCountIsNoNoun() {
        assertThat(keys("The march drew 31,000 people, according to the organisers, and 24,700 according to the police."))
                .containsExactly("31000 people").noneMatch(k -> k.contains("accord"));
        assertThat(keys("About 9,400 reportedly remain without power in the valley.")).noneMatch(k -> k.contains("reported"));
    }

    @Test
    void theVerbOfACrowdAfterABareCountIsNoNoun() {
        assertThat(keys("Police said 24,700 took part; the organisers said 31,000 marched.")).isEmpty();
    }

    @Test
    void aNounAfterTheCountStillNamesWhatItCounts() {
        assertThat(keys("Some 4,200 attendees took part in the vigil on Sunday.")).containsExactly("4200 attende");
        assertThat(keys("The crowd numbered 24,700 according to the police.")).noneMatch(k -> k.contains("accord"));
    }
}
