package dev.storybrief.analyze.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.model.QuantitySpan;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A casualty report gives its second count without the noun the first one named ("Three people died and ten were
 * injured", "Neun weitere wurden verletzt"): the harm verb right after the figure says what it counts, so an outlet's
 * injured count can be compared with another's. English "Nine others were hurt" keeps its own key (see
 * QuantityExtractor). Made-up sentences.
 */
class EllipticalCountTest {
    private static List<String> counts(String language, String sentence) {
        return QuantityRules.forLanguage(language).extract(sentence, 0, 0).stream()
                .map(q -> (int) q.value() + " " + q.key()).toList();
    }

    @Test
    void anEnglishCountWithoutItsNounTakesTheHarmVerbAfterIt() {
        assertThat(counts("en", "Three people died and ten were injured in the crash on Thursday evening."))
                .containsExactly("3 people killed", "10 people injured");
        assertThat(counts("en", "Nine were seriously hurt, police said."))
                .containsExactly("9 people injured");
        assertThat(counts("en", "Two were killed when the wall fell."))
                .containsExactly("2 people killed");
    }

    @Test
    void anEnglishCountWithoutAHarmVerbRightAfterItStaysUncounted() {
        // "more" adds to a count, it is no count of its own; a share of a count ("two of them") is no toll
        assertThat(counts("en", "Two more came forward with lasting coughs.")).noneMatch(c -> c.contains("people"));
        assertThat(counts("en", "Nine people were hurt, two of them seriously injured."))
                .containsExactly("9 people injured");
        assertThat(counts("en", "Ten were on board when the boat left the harbour.")).isEmpty();
    }

    @Test
    void aGermanCountWithoutItsNounTakesTheHarmOfItsOwnClause() {
        assertThat(counts("de", "Bei dem Unglück waren drei Menschen gestorben und zehn verletzt worden."))
                .containsExactly("3 people killed", "10 people injured");
        assertThat(counts("de", "Neun weitere wurden verletzt, zwei von ihnen schwer, wie die Polizei mitteilte."))
                .containsExactly("9 people injured");
        // a noun after the figure is what it counts; a clause without a harm counts nothing
        assertThat(counts("de", "Der Bus kam gegen 20 Uhr mit rund 40 Fahrgästen von der Straße ab."))
                .noneMatch(c -> c.contains("people"));
        assertThat(counts("de", "Zehn standen noch lange am Ufer.")).isEmpty();
    }

    @Test
    void theCountsSpanTheFigureAlone() {
        List<QuantitySpan> found = QuantityRules.forLanguage("en").extract("Three people died and ten were injured.", 0, 0);
        assertThat(found.get(1).text()).isEqualTo("ten");
    }

    /** A clause that goes on after its harm is read by its first words (the verb and the harm come first). */
    @Test
    void aClauseThatGoesOnAfterItsHarmIsReadByItsFirstWords() {
        assertThat(counts("fr", "Deux personnes sont mortes et dix ont été blessées dans l'accident du car."))
                .contains("10 people injured");
    }
}
