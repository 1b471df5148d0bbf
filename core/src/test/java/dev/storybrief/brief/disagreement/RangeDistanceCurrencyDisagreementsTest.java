package dev.storybrief.brief.disagreement;

import static dev.storybrief.brief.disagreement.DisagreementFixtures.article;
import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.group.StoryGrouper;
import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.Claim;
import dev.storybrief.model.Disagreement;
import dev.storybrief.model.Story;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Where sources disagree on figures: a figure inside another outlet's range agrees with it, distances compare in
 * metres whatever unit each outlet wrote (and show both as written) when the words around them tell the same stretch,
 * a conversion in parentheses is one figure,
 * amounts in different currencies are not compared, and a toll that rose from one day to the next is no
 * disagreement. Made-up reports of a made-up landslide.
 */
class RangeDistanceCurrencyDisagreementsTest {
    private static List<Disagreement> find(AnalyzedArticle... articles) {
        Story story = new StoryGrouper().group("s", List.of(articles));
        return new NumberDisagreements().find(story);
    }

    @Test
    void aFigureInsideARangeAgreesWithIt() {
        String range = "Rescuers said between 40 and 60 people were still missing in Dunmore after the landslide.";
        assertThat(find(article("a", range),
                article("b", "About 50 people were still missing in Dunmore after the landslide, rescuers said.")))
                .isEmpty();
        assertThat(find(article("a", range),
                article("b", "Rescuers said 95 people were still missing in Dunmore after the landslide.")))
                .singleElement().satisfies(d -> assertThat(d.claims()).extracting(Claim::statement)
                        .containsExactlyInAnyOrder("between 40 and 60 people", "95 people"));
    }

    /** In French as in English: a figure inside a range is no disagreement, one outside it is. */
    @Test
    void aFigureInsideARangeAgreesWithItInFrench() {
        String range = "Selon les secouristes, entre 40 et 60 personnes étaient toujours portées disparues à Dunmore "
                + "après le glissement de terrain.";
        assertThat(find(article("a", range), article("b", "Environ 50 personnes étaient toujours portées disparues "
                + "à Dunmore après le glissement de terrain, selon les secouristes."))).isEmpty();
        assertThat(find(article("a", range), article("b", "Selon les secouristes, 95 personnes étaient toujours "
                + "portées disparues à Dunmore après le glissement de terrain.")))
                .singleElement().satisfies(d -> assertThat(d.claims()).extracting(Claim::statement)
                        .anyMatch(c -> c.startsWith("entre 40 et 60 personnes")));
    }

    @Test
    void distancesAreComparedAcrossUnitsAndShownAsWritten() {
        String km = "The Dunmore landslide covered about 8 km of road and farmland.";
        assertThat(find(article("a", km),
                article("b", "The mud and rock of the Dunmore landslide covered about 11 miles of road and farmland.")))
                .singleElement().satisfies(d -> {
                    assertThat(d.claims()).extracting(Claim::statement)
                            .containsExactlyInAnyOrder("about 8 km", "about 11 miles");
                    assertThat(d.topic()).contains("km").contains("miles");
                });
        assertThat(find(article("a", km),
                article("b", "The mud and rock of the Dunmore landslide covered about 13 km of road and farmland.")))
                .singleElement().satisfies(d -> assertThat(d.claims()).extracting(Claim::statement)
                        .containsExactlyInAnyOrder("about 8 km", "about 13 km"));
        // a distance told by other words is another stretch, however alike the sentences
        assertThat(find(article("a", km),
                article("b", "The mud and rock of the Dunmore landslide stopped about 13 km from the road and farmland.")))
                .isEmpty();
        // 5 miles is 8 km: the same figure in another unit
        assertThat(find(article("a", km),
                article("b", "The mud and rock of the Dunmore landslide covered about 5 miles of road and farmland.")))
                .isEmpty();
    }

    @Test
    void aFigureWithItsConversionInParenthesesIsOneFigure() {
        // 15 km is 9.3 miles, 12 miles is 19.3 km: the bracketed 9 miles is the first figure again, not a third one
        assertThat(find(
                article("a", "Floodwater from the Dunmore landslide covered about 15 km (9 miles) of the valley floor."),
                article("b", "By Tuesday floodwater from the Dunmore landslide covered 12 miles of the valley floor,"
                        + " police said.")))
                .singleElement().satisfies(d -> assertThat(d.claims()).extracting(Claim::statement)
                        .containsExactlyInAnyOrder("about 15 km", "12 miles"));
    }

    @Test
    void amountsInDifferentCurrenciesAreNotADisagreement() {
        String pounds = "The government announced a compensation fund of £2 million for the families of Dunmore.";
        assertThat(find(article("a", pounds),
                article("b", "The government announced a compensation fund of $2.5 million for the families of Dunmore.")))
                .isEmpty();
        assertThat(find(article("a", pounds),
                article("b", "The government announced a compensation fund of £3 million for the families of Dunmore.")))
                .singleElement().satisfies(d -> assertThat(d.claims()).extracting(Claim::statement)
                        .containsExactlyInAnyOrder("£2 million", "£3 million"));
    }

    @Test
    void aTollThatRoseOverDaysIsNoDisagreementButOneDaysDifferingTollsAre() {
        LocalDate tuesday = LocalDate.of(2026, 12, 29);
        String rose = "The number of people killed by the collapse of the Brennock Dam rose to 19, police said.";
        String risen = "The death toll from the collapse of the Brennock Dam has risen to 27, police said.";
        assertThat(find(article("a", tuesday, rose), article("b", tuesday.plusDays(1), risen))).isEmpty();
        assertThat(find(article("a", tuesday, "The collapse of the Brennock Dam killed 19 people, police said."),
                article("b", tuesday, "The collapse of the Brennock Dam killed 27 people, police said.")))
                .hasSize(1);
    }

    @Test
    void whatIsStillLeftOfACountFallsOverDaysButOneDaysDifferingCountsDisagree() {
        LocalDate monday = LocalDate.of(2026, 3, 9);
        String four = "Rescuers in the Arnau valley were searching for four people still missing under the landslide.";
        String two = "Two people are still missing under the landslide in the Arnau valley, rescuers said.";
        assertThat(find(article("a", monday, four), article("b", monday.plusDays(1), two))).isEmpty();
        assertThat(find(article("a", monday, four), article("b", monday, two)))
                .as("the same day's remainders are one count told two ways").hasSize(1);
    }

    @Test
    void theWordsOfWhatIsStillLeftAreReadInEachLanguage() {
        assertThat(RemainingCounts.givesWhatRemains(" people are still missing under the landslide")).isTrue();
        assertThat(RemainingCounts.givesWhatRemains(" Menschen werden immer noch vermisst")).isTrue();
        assertThat(RemainingCounts.givesWhatRemains(" Menschen werden noch vermisst")).isTrue();
        assertThat(RemainingCounts.givesWhatRemains(" personnes sont toujours portées disparues")).isTrue();
        assertThat(RemainingCounts.givesWhatRemains(" Menschen wurden tot geborgen, die Suche geht noch weiter"))
                .as("not past the clause").isFalse();
        assertThat(RemainingCounts.givesWhatRemains(" bodies were found under the rubble on Tuesday")).isFalse();
    }
}
