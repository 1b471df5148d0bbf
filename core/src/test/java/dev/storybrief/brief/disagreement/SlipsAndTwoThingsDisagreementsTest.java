package dev.storybrief.brief.disagreement;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.TestArticle;
import dev.storybrief.group.StoryGrouper;
import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.Disagreement;
import dev.storybrief.model.Qualifier;
import dev.storybrief.model.QuantitySpan;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A figure miswritten by a power of ten is the worst slip a brief can hide, and is reported; figures that news gives
 * as two things (an expectation beside the result, a fine beside a sum repaid, a count's earlier step, two groups)
 * are not set against each other. Made-up reports.
 */
class SlipsAndTwoThingsDisagreementsTest {
    private static final LocalDate DAY = LocalDate.of(2026, 3, 12);

    private static AnalyzedArticle article(String id, String outlet, LocalDate date, String... paragraphs) {
        return TestArticle.of(id, paragraphs).title("Report " + id).outlet(outlet).published(date, "page").analyzed();
    }

    private static List<Disagreement> found(AnalyzedArticle... articles) {
        return new NumberDisagreements().find(new StoryGrouper().group("s", List.of(articles)));
    }

    private static List<String> figures(AnalyzedArticle... articles) {
        return found(articles).stream().flatMap(d -> d.claims().stream()).map(c -> c.statement()).toList();
    }

    @Test
    void aCountWithItsDigitsShiftedByAPowerOfTenDisagrees() {
        assertThat(figures(
                article("a", "Kestrel Times", DAY, "Walking 7,000 steps a day could cut the risk of dementia, according"
                        + " to a large study of 82,140 older adults from Carrow University published on Wednesday."),
                article("b", "Evening Post", DAY, "Researchers at Carrow University tracked 8,214 adults aged 60 and over"
                        + " who wore step counters, the study published on Wednesday said.")))
                .contains("82,140 older adults", "8,214 adults");
    }

    @Test
    void aFineWrittenTenTimesOverDisagrees() {
        assertThat(figures(
                article("a", "Kestrel Times", DAY, "A construction firm was fined $2.5 million on Tuesday after"
                        + " scaffolding collapsed on Elm Street in Brill, injuring four workers."),
                article("b", "Evening Post", DAY, "Ostrom Build was fined $25 million on Tuesday over the scaffolding"
                        + " collapse on Elm Street in Brill that injured four workers.")))
                .contains("$2.5 million", "$25 million");
    }

    @Test
    void oneDigitFiguresTenfoldApartAreTwoThings() {
        assertThat(found(
                article("a", "Kestrel Times", DAY, "Crews from two stations fought the blaze at the Brill depot on Thursday."),
                article("b", "Evening Post", DAY, "Crews from 20 stations fought the blaze at the Brill depot on Thursday.")))
                .isEmpty();
    }

    /** A round figure with a zero dropped ("2,000" / "20,000"), of the same act told in the same words. */
    @Test
    void aRoundFigureWithAZeroDroppedDisagrees() {
        assertThat(figures(
                article("a", "Kestrel Times", DAY, "About 3,000 litres of diesel leaked into the Brill canal from a"
                        + " ruptured tank at the Ostrom depot on Tuesday night, the council said."),
                article("b", "Evening Post", DAY, "Ostrom apologised after 30,000 litres of diesel leaked from a tank at"
                        + " its Brill depot into the canal on Tuesday.")))
                .contains("About 3,000 litres", "30,000 litres");
        assertThat(figures(
                article("a", "Kestrel Times", DAY, "Police said 50 families were evacuated from their homes in Brill"
                        + " after the river burst its banks on Sunday night."),
                article("b", "Evening Post", DAY, "About 500 families were evacuated from their homes in Brill after the"
                        + " river burst its banks on Sunday night.")))
                .contains("50 families", "About 500 families");
    }

    /**
     * Ten times another figure of the same noun is as often another count: sentences of one event whose figures'
     * own clauses say different things of them ("left without power" / "moved to the school hall") stay apart, and so
     * does a hundredfold ("2,000" / "200,000").
     */
    @Test
    void roundFiguresTenfoldApartInOtherClausesAreTwoCounts() {
        assertThat(found(
                article("a", "Kestrel Times", DAY, "The flood in Brill on Sunday left 600 homes without power, the"
                        + " council said."),
                article("b", "Evening Post", DAY, "After the flood in Brill on Sunday, 60 homes were declared unsafe by"
                        + " the council.")))
                .isEmpty();
        assertThat(found(
                article("a", "Kestrel Times", DAY, "About 2,000 litres of diesel leaked into the Brill canal from a"
                        + " ruptured tank at the Ostrom depot on Tuesday night."),
                article("b", "Evening Post", DAY, "About 200,000 litres of diesel leaked into the Brill canal from a"
                        + " ruptured tank at the Ostrom depot on Tuesday night.")))
                .isEmpty();
    }

    /**
     * French puts what befell the counted after the noun, inside the figure's span ("1 500 personnes évacuées lundi"):
     * those words are the figure's clause as "were evacuated" is in English, so the two counts of evacuees meet.
     */
    @Test
    void wordsAfterARomanceCountsNounAreItsClause() {
        assertThat(figures(
                article("a", "Le Courrier", DAY, "Un incendie ravage le massif de la Crête depuis dimanche soir.",
                        "Les 1 500 personnes évacuées lundi ne peuvent toujours pas regagner leur domicile."),
                article("b", "Var Matin", DAY, "Le feu a détruit des centaines d'hectares de pinède dans le massif.",
                        "Environ 2 500 personnes ont été évacuées depuis dimanche soir.")))
                .anyMatch(f -> f.startsWith("1 500 personnes")).contains("Environ 2 500 personnes");
    }

    @Test
    void whatAnalystsExpectedIsNotTheResult() {
        assertThat(found(
                article("a", "Kestrel Times", DAY, "Excluding one-time items, Pellmark earned $1.52 a share, above the $1.45"
                        + " analysts had expected."),
                article("b", "Evening Post", DAY, "Pellmark's earnings per share came to $1.52, beating the $1.45 Wall"
                        + " Street had expected.")))
                .isEmpty();
    }

    @Test
    void aSumRepaidBesideAFineIsNotTheOtherOutletsFine() {
        assertThat(figures(
                article("a", "Kestrel Times", DAY, "A construction firm was fined $2.5 million and ordered to repay"
                        + " $14 million on Tuesday after scaffolding collapsed on Elm Street in Brill, injuring four"
                        + " workers."),
                article("b", "Evening Post", DAY, "Ostrom Build was fined $25 million and ordered to pay restitution of"
                        + " $14 million on Tuesday over the scaffolding collapse on Elm Street in Brill that injured four"
                        + " workers.")))
                .containsExactlyInAnyOrder("$2.5 million", "$25 million");
    }

    @Test
    void anEarlierDaysFigureThatEveryLaterReportOutgrewIsAStep() {
        List<String> figures = figures(
                article("a", "Kestrel Times", DAY, "The fire near Brill had burned 1,200 hectares by Monday night, officials"
                        + " said."),
                article("b", "Evening Post", DAY.plusDays(1), "The fire near Brill has burned 3,400 hectares, officials said"
                        + " on Tuesday."),
                article("c", "Morning Star", DAY.plusDays(1), "The fire near Brill has burned 4,300 hectares, officials"
                        + " said on Tuesday."));
        assertThat(figures).doesNotContain("1,200 hectares");
    }

    @Test
    void thousandsGroupedBySpacesAreReadAtTheirLastDigit() {
        QuantitySpan nine = new QuantitySpan(0, 3, 0, "900", 900, Qualifier.EXACT, "pompiers", "pompi");
        QuantitySpan eleven = new QuantitySpan(0, 5, 0, "1 100", 1100, Qualifier.EXACT, "pompiers",
                "pompi");
        assertThat(eleven.step()).as("the ones are written").isEqualTo(1);
        assertThat(nine.roundedAlike(eleven)).isFalse();
    }
}
