package dev.storybrief.analyze.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.model.QuantitySpan;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Two sentences' figures as the support labels, the timeline's credit and the headline compare them, read once by
 * the extractor: one kind with two values differs, a figure rounded at its written precision (the one rounding rule,
 * {@link QuantitySpan#roundedAlike}), another kind or a date does not; a birth year is an age on a given year.
 */
class FigureComparisonTest {

    private static boolean differ(String a, String b) {
        return QuantitySpan.givesAnotherFigure(QuantityExtractor.ENGLISH.extract(a), QuantityExtractor.ENGLISH.extract(b));
    }

    private static QuantitySpan first(String sentence) {
        return QuantityExtractor.ENGLISH.extract(sentence).get(0);
    }

    @Test
    void oneKindWithTwoValuesDiffers() {
        assertThat(differ("He was jailed for six years in prison.", "He was jailed for seven years in prison.")).isTrue();
        assertThat(differ("Dole scored in the 89th minute.", "Dole scored in the 87th minute.")).isTrue();
        assertThat(differ("Drivers want a 9% raise.", "Drivers want a 12 per cent raise.")).isTrue();
        assertThat(differ("She died on Sunday, aged 91.", "She died on Saturday, aged 92.")).isTrue();
        assertThat(differ("It will cut about 1,200 jobs.", "It will cut 2,000 jobs.")).isTrue();
        assertThat(differ("About 1,200 people were evacuated.", "There are 1,500 evacuees in the town."))
                .as("the evacuated are people, however a report names them").isTrue();
        assertThat(differ("The council cited a $2 million repair bill.", "The pool needs $3 million of repairs."))
                .as("two amounts in one currency, whatever each is said to be for").isTrue();
    }

    @Test
    void roundingAnotherKindOrADateIsNoDifference() {
        assertThat(differ("Revenue was $4.2 billion.", "Revenue was $4.19 billion.")).isFalse();
        assertThat(differ("Ruiz won 52.4% of the vote.", "Ruiz won 53% of the vote.")).isFalse();
        assertThat(differ("It will cut 1,200 jobs.", "It will close 3 plants.")).as("another kind").isFalse();
        assertThat(differ("The bridge opened in 1978.", "The bridge opened in 1979 in May.")).isFalse();
        assertThat(differ("The vote was on March 14, 2026.", "The vote was on March 15, 2026.")).isFalse();
        assertThat(differ("He was sentenced to six years in prison.", "He was sentenced to six years in prison.")).isFalse();
        assertThat(differ("He was sentenced to six years in prison.", "He served six years as treasurer.")).isFalse();
    }

    @Test
    void twoCurrenciesAreTwoKindsWhetherWrittenBySignOrByName() {
        List<QuantitySpan> euros = QuantityRules.forLanguage("es").extract("El club ha ofrecido 40 millones de euros.", 0, 0);
        List<QuantitySpan> reais = QuantityRules.forLanguage("pt").extract("O clube ofereceu R$ 40 milhões.", 0, 0);
        assertThat(QuantitySpan.givesAnotherFigure(euros, QuantityExtractor.ENGLISH.extract("The club offered €45 million.")))
                .as("euros by name and by sign").isTrue();
        assertThat(QuantitySpan.givesAnotherFigure(euros, QuantityExtractor.ENGLISH.extract("The club offered $45 million.")))
                .as("euros against dollars").isFalse();
        assertThat(QuantitySpan.givesAnotherFigure(reais, QuantityExtractor.ENGLISH.extract("The club offered $45 million.")))
                .as("the real's sign is no dollar's").isFalse();
        assertThat(differ("The repairs cost 12 million pounds.", "The repairs cost $14 million.")).isFalse();
    }

    @Test
    void oneRoundingRuleAtTheWrittenPrecision() {
        assertThat(first("Revenue was $4.2 billion.").roundedAlike(first("Revenue was $4.19 billion."))).isTrue();
        assertThat(first("Ruiz won 53% of the vote.").roundedAlike(first("Ruiz won 52.6% of the vote."))).isTrue();
        assertThat(first("Ruiz won nine per cent of the vote.").roundedAlike(first("Ruiz won 9.3% of the vote.")))
                .as("a whole number in words").isTrue();
        assertThat(first("Marsh took $310m from the fund.").roundedAlike(first("Marsh took $301m from the fund.")))
                .isFalse();
        assertThat(first("Ruiz won 53% of the vote.").roundedAlike(first("Ruiz won 51.9% of the vote."))).isFalse();
    }

    /** "1 400" groups its thousands with a space: it is written to the unit, as "1,400" is, not "1" to the thousand. */
    @Test
    void spacedThousandsAreWrittenToTheUnit() {
        QuantitySpan spaced = QuantityRules.forLanguage("sv").extract("Under natten har 1 400 personer evakuerats.", 0, 0)
                .get(0);
        QuantitySpan about = QuantityRules.forLanguage("sv").extract("Cirka 800 personer har evakuerats.", 0, 0).get(0);
        assertThat(spaced.step()).isEqualTo(1);
        assertThat(spaced.roundedAlike(about)).isFalse();
        assertThat(QuantityRules.forLanguage("fr").extract("Près de 10 000 personnes ont fui.", 0, 0).get(0).step())
                .isEqualTo(1);
    }

    @Test
    void aBirthYearIsAnAgeOnTheArticlesYear() {
        QuantitySpan born = QuantityExtractor.ENGLISH.extract("Calder was born in 1941 in Ashby.").get(0);
        QuantitySpan age = born.asAgeOn(2026);
        assertThat(age.key()).isEqualTo("age");
        assertThat(age.low()).isEqualTo(84);
        assertThat(age.high()).isEqualTo(85);
        assertThat(age.agreesWith(first("Calder has died aged 84."))).isTrue();
        assertThat(age.agreesWith(first("Calder has died aged 87."))).isFalse();
    }

    @Test
    void twoRoundFiguresAgreeWhenOneLiesWithinTheOther() {
        QuantitySpan about90 = first("The union said about 90 trains were cancelled.");
        assertThat(about90.agreesWith(first("About 80 trains were cancelled."))).isTrue();
        assertThat(about90.agreesWith(first("The railway said about 75 trains were cancelled.")))
                .as("each within the other's slack only with both slacks added").isFalse();
        assertThat(about90.agreesWith(first("Exactly 78 trains were cancelled."))).as("a plain figure").isTrue();
        assertThat(first("At least 12 trains were cancelled.").agreesWith(first("More than 15 trains were cancelled.")))
                .isTrue();
    }
}
