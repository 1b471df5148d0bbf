package dev.storybrief.analyze.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Polish has quantity rules (QA19 #2 and #10: a Polish story had no disagreements, so the headline and the lead took
 * "17 rannych" while the other outlet said 14). Made-up sentences.
 */
class PolishQuantitiesTest {
    private static List<String> counts(String sentence) {
        return QuantityRules.forLanguage("pl").extract(sentence, 0, 0).stream()
                .map(q -> (int) q.value() + " " + q.key()).toList();
    }

    @Test
    void polishHasRulesOfItsOwn() {
        assertThat(QuantityRules.supports("pl")).isTrue();
    }

    @Test
    void theDeadAndTheInjuredAreToldApartWhereverTheVerbStands() {
        assertThat(counts("Dwie osoby zginęły, a 17 zostało rannych w wypadku autobusu pod Zalesiem."))
                .containsExactly("2 people killed", "17 people injured");
        // the verb first, as Polish may put it: the harm right before the figure is its harm
        assertThat(counts("Zginęły dwie osoby, a 14 zostało rannych."))
                .containsExactly("2 people killed", "14 people injured");
    }

    @Test
    void agesMeasuresAndMagnitudesAreRead() {
        assertThat(counts("Autobus prowadził 52-letni kierowca z Ełku.")).containsExactly("52 age");
        assertThat(counts("Droga była zablokowana przez sześć godzin.")).containsExactly("6 hour");
        assertThat(QuantityRules.forLanguage("pl").extract("Szkody oszacowano na 2,5 mln złotych.", 0, 0))
                .anySatisfy(q -> assertThat(q.value()).isEqualTo(2.5e6));
    }
}
