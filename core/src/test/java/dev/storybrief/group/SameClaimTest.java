package dev.storybrief.group;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.model.Qualifier;
import dev.storybrief.model.QuantitySpan;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The single tests of {@link SameClaim}: negation cues, quotes, figures. */
class SameClaimTest {

    private static QuantitySpan figure(double value, Qualifier qualifier, String key) {
        return new QuantitySpan(0, 1, 0, "x", value, qualifier, key, key);
    }

    @Test
    void negationAndDenialCuesAcrossLanguages() {
        assertThat(SameClaim.negated("The council denied reports that the school would close.")).isTrue();
        assertThat(SameClaim.negated("The minister didn't attend the hearing.")).isTrue();
        assertThat(SameClaim.negated("Le maire n'a pas confirmé le bilan.")).isTrue();
        assertThat(SameClaim.negated("Es gab keine Verletzten.")).isTrue();
        assertThat(SameClaim.negated("La presa nunca estuvo en peligro.")).isTrue();
        assertThat(SameClaim.negated("De brug is niet ingestort.")).isTrue();
        assertThat(SameClaim.negated("Мост не пострадал.")).isTrue();
        assertThat(SameClaim.negated("The council said the school would reopen on Monday.")).isFalse();
        assertThat(SameClaim.negated("The bus was No. 12 on the route to Notley.")).as("a number sign, a name").isFalse();
        assertThat(SameClaim.negated("Le marché ouvrira le 3 mai.")).as("French May").isFalse();
    }

    @Test
    void aQuoteNeedsTheSameQuote() {
        String claim = "«Крыша не выдержала веса снега», — сказал мэр.";
        assertThat(SameClaim.givesQuotes(claim, "Мэр сказал: «Крыша не выдержала веса снега»."))
                .isTrue();
        assertThat(SameClaim.givesQuotes(claim, "Мэр объявил день траура.")).isFalse();
        assertThat(SameClaim.givesQuotes("The mayor declared a day of mourning.", "Anything at all.")).isTrue();
    }

    @Test
    void figuresAreGivenByTheSameFigureNotByAnother() {
        List<QuantitySpan> eighty = List.of(figure(80, Qualifier.EXACT, "firefight"));
        List<QuantitySpan> aboutEighty = List.of(figure(80, Qualifier.ABOUT, "firefight"));
        List<QuantitySpan> ninety = List.of(figure(90, Qualifier.EXACT, "firefight"));
        assertThat(SameClaim.givesFigures(eighty, aboutEighty)).isTrue();
        assertThat(SameClaim.givesFigures(aboutEighty, eighty)).isTrue();
        assertThat(SameClaim.givesFigures(ninety, eighty)).isFalse();
        assertThat(SameClaim.givesFigures(ninety, List.of())).as("no figure at all").isFalse();
        assertThat(SameClaim.givesFigures(List.of(figure(15, Qualifier.EXACT, "people killed")),
                List.of(figure(15, Qualifier.EXACT, "people died")))).as("the same number, worded otherwise").isTrue();
        assertThat(SameClaim.otherFigure(ninety, eighty)).isTrue();
        assertThat(SameClaim.otherFigure(aboutEighty, eighty)).isFalse();
    }

    @Test
    void outcomesOfAFollowedState() {
        assertThat(SameClaim.outcome("Some 300 villagers are still out of their homes.")).isEqualTo(1);
        assertThat(SameClaim.outcome("Unos 300 vecinos pudieron volver a sus casas.")).isEqualTo(-1);
        assertThat(SameClaim.outcome("Die Schule bleibt bis Freitag geschlossen.")).isEqualTo(1);
        assertThat(SameClaim.outcome("The school will reopen on Monday.")).isEqualTo(-1);
        assertThat(SameClaim.outcome("They are still waiting to go back.")).as("both: neither outcome").isZero();
        assertThat(SameClaim.outcome("The mayor thanked the firefighters.")).isZero();
    }
}
