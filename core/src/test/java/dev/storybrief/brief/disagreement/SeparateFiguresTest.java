package dev.storybrief.brief.disagreement;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.analyze.quantity.QuantityRules;
import dev.storybrief.model.QuantitySpan;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Figures of one key that measure different things by their own words are no disagreement (QA 18, defect 5). */
class SeparateFiguresTest {
    private static final LocalDate SUNDAY = LocalDate.of(2026, 11, 22);
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

    private static QuantitySpan figure(String language, String sentence, String text) {
        return QuantityRules.forLanguage(language).extract(sentence, 0, 0).stream()
                .filter(q -> q.text().contains(text)).findFirst().orElseThrow(() -> new AssertionError(sentence));
    }

    private static boolean apart(String language, String a, String textA, LocalDate dayA, String b, String textB,
                                 LocalDate dayB) {
        QuantitySpan x = figure(language, a, textA);
        QuantitySpan y = figure(language, b, textB);
        assertThat(x.key()).as("one key").isEqualTo(y.key());
        return SeparateFigures.apart(x, a, 0, dayA, y, b, 0, dayB);
    }

    @Test
    void theShareCountedIsNoShareOfTheVote() {
        assertThat(apart("en", "Rivera led Dunn early on Wednesday, with 95% of the votes counted.", "95%", SUNDAY,
                "Final results gave Rivera 50.1% of the vote and Dunn 48%.", "50.1%", SUNDAY)).isTrue();
        assertThat(apart("en", "Rivera won 50.1% of the vote in the final count.", "50.1%", SUNDAY,
                "Rivera took 52% of the vote in the final count.", "52%", SUNDAY)).isFalse();
    }

    @Test
    void aWholeIsNoPartOfIt() {
        assertThat(apart("es", "El Partido Azul tendrá 11 de los 25 concejales y la Unión Verde 10.", "25 concejales", SUNDAY,
                "Las elecciones dieron al Partido Azul 11 concejales, a dos de la mayoría.", "11 concejales", SUNDAY)).isTrue();
        assertThat(apart("es", "El Partido Azul tendrá 12 concejales en el pleno.", "12 concejales", SUNDAY,
                "Las elecciones dieron al Partido Azul 11 concejales, a dos de la mayoría.", "11 concejales", SUNDAY)).isFalse();
    }

    @Test
    void twoGroupsAreNotOne() {
        assertThat(apart("pt", "Cerca de 80 bombeiros trabalharam nas buscas.", "80 bombeiros", SUNDAY,
                "Cerca de 120 bombeiros e voluntários participaram das buscas.", "120 bombeiros", SUNDAY)).isTrue();
    }

    @Test
    void aHeadcountOfTheMomentIsNoOtherDaysHeadcount() {
        String now = "Police and about 60 volunteers are searching for the hiker in the park.";
        String later = "A helicopter joined the search as more than 100 volunteers combed the slopes.";
        assertThat(apart("en", now, "60 volunteers", SUNDAY, later, "100 volunteers", MONDAY)).isTrue();
        assertThat(apart("en", now, "60 volunteers", SUNDAY, later, "100 volunteers", null)).isTrue();
        assertThat(apart("en", now, "60 volunteers", SUNDAY, later, "100 volunteers", SUNDAY)).isFalse();
        assertThat(apart("pt", "Cerca de 80 bombeiros participam das buscas.", "80 bombeiros", SUNDAY,
                "Cerca de 120 bombeiros vasculharam a serra.", "120 bombeiros", MONDAY)).isTrue();
        // a past count of another day is still the same count, disputed
        assertThat(apart("en", "About 60 volunteers took part in the search.", "60 volunteers", SUNDAY,
                later, "100 volunteers", MONDAY)).isFalse();
    }

    @Test
    void tollsAreLeftToTheirOwnRules() {
        assertThat(apart("en", "Seven people are feared dead in the storm.", "Seven people", SUNDAY,
                "Nine people died in the storm.", "Nine people", MONDAY)).isFalse();
    }

    @Test
    void aCountInProgressIsNoFinalCount() {
        assertThat(apart("es", "Con el 92% de los votos escrutados, el Partido Azul obtiene el 41,2% de los votos.", "41,2%",
                SUNDAY, "Con el 100% escrutado, el Partido Azul ha obtenido el 40,8% de los votos.", "40,8%", MONDAY))
                .isTrue();
        assertThat(apart("en", "With 80% of precincts reporting, Rivera had 52% of the vote.", "52%", SUNDAY,
                "Rivera won 50.1% of the vote in the final count.", "50.1%", MONDAY)).isTrue();
        assertThat(apart("es", "El Partido Azul obtiene el 41,2% de los votos.", "41,2%", SUNDAY,
                "El Partido Azul ha obtenido el 40,8% de los votos.", "40,8%", MONDAY)).isFalse();
    }
}
