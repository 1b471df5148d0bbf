package dev.storybrief.brief.disagreement;

import static dev.storybrief.brief.disagreement.DisagreementFixtures.article;
import static dev.storybrief.brief.disagreement.DisagreementFixtures.story;
import static dev.storybrief.brief.disagreement.DisagreementFixtures.twoReports;
import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.SharedData;
import dev.storybrief.Storybrief;
import dev.storybrief.model.DisagreementKind;
import dev.storybrief.model.Briefing;
import dev.storybrief.model.Claim;
import dev.storybrief.model.Disagreement;
import java.util.List;
import org.junit.jupiter.api.Test;

class NumberDisagreementsTest {
    @Test
    void differingCountsOfTheSameThingAreShownSideBySide() {
        List<Disagreement> found = new NumberDisagreements().find(story(
                article("a", "The storm in Millford injured 14 people, officials said."),
                article("b", "Twenty-three people were injured when the storm hit Millford, the hospital said."),
                article("c", "At least 12 people were hurt in the Millford storm.")));
        assertThat(found).singleElement().satisfies(d -> {
            // the officials' count and the hospital's: each source's claim, which the outlets relay
            assertThat(d.topic()).isEqualTo("people injured — officials: 14; hospital: Twenty-three (reported by unknown outlet #1, unknown outlet #2)");
            assertThat(d.claims()).extracting(Claim::speaker).containsExactlyInAnyOrder("officials", "hospital");
            assertThat(d.kind()).isEqualTo(DisagreementKind.NUMBER);
            assertThat(d.claims()).extracting(Claim::source).containsExactlyInAnyOrder("a", "b");
            assertThat(d.claims()).extracting(Claim::statement).containsExactlyInAnyOrder("14 people", "Twenty-three people");
        });
    }

    /**
     * "about 80 firefighters" allows 80: the two stand on one side against "Some 120", and "nearly 10,000" does not
     * allow 26,000, so those stay on two sides.
     */
    @Test
    void aRoundedFigureStandsWithTheExactOneInsideItsRange() {
        String fire = " fought the blaze at the Harlow Vale recycling depot for six hours on Tuesday night.";
        List<Disagreement> found = new NumberDisagreements().find(story(
                article("a", "About 80 firefighters" + fire),
                article("b", "Some 120 firefighters" + fire),
                article("c", "A crew of 80 firefighters" + fire)));
        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.claims()).extracting(Claim::statement)
                    .containsExactly("About 80 firefighters", "80 firefighters", "Some 120 firefighters");
            assertThat(d.claims()).extracting(Claim::side).containsExactly(0, 0, 1);
        });
        List<Disagreement> apart = new NumberDisagreements().find(story(
                article("a", "NATO flew nearly 10,000 bombing runs over the country during the campaign."),
                article("b", "NATO flew 26,000 bombing runs over the country during the campaign.")));
        assertThat(apart).singleElement().satisfies(d -> assertThat(d.claims()).extracting(Claim::side)
                .containsExactlyInAnyOrder(0, 1));
    }

    /** "injuring 8 workers" / "Twelve workers were hurt": one harm in two wordings beside the figures. */
    @Test
    void theSameHarmWordedTwoWaysBesideTheFiguresIsCompared() {
        List<Disagreement> found = new NumberDisagreements().find(story(
                article("a", "A fire destroyed a grain warehouse at the Kellport docks on Monday night, injuring 8 workers "
                        + "and sending smoke over the old town."),
                article("b", "Twelve workers were hurt when fire tore through a grain warehouse at the Kellport docks on "
                        + "Monday, hospital officials said.")));
        assertThat(found).singleElement().satisfies(d -> assertThat(d.claims()).extracting(Claim::statement)
                .containsExactlyInAnyOrder("8 workers", "Twelve workers"));
    }


    /**
     * "About 4,000 residents were evacuated" / "Some 6,000 residents were evacuated": one word beyond the counted noun
     * in common, but it is the verb of both figures' clauses; a count of other people or of another act stays apart,
     * and a figure within the other's hedge agrees.
     */
    @Test
    void hedgedFiguresOfTheSameClauseDisagree() {
        String place = "The wildfire in the hills above Millbrook spread on Monday. ";
        List<Disagreement> found = twoReports(place + "About 4,000 residents were evacuated.",
                "Firefighters battled the Millbrook wildfire. Some 6,000 residents were evacuated.");
        assertThat(found).singleElement().satisfies(d -> assertThat(d.claims()).extracting(Claim::statement)
                .containsExactlyInAnyOrder("About 4,000 residents", "Some 6,000 residents"));
        assertThat(new NumberDisagreements().find(story(
                article("a", place + "About 4,000 residents were evacuated."),
                article("b", "Firefighters battled the Millbrook wildfire. Some 6,000 firefighters were deployed."),
                article("c", "The Millbrook wildfire grew. Some 6,000 residents remain without power.")))).isEmpty();
        assertThat(twoReports(place + "About 4,000 residents were evacuated.",
                "Firefighters battled the Millbrook wildfire. 4,100 residents were evacuated.")).isEmpty();
        // lines that do not end as statements (captions, a desk's notes) give no clause to compare
        assertThat(twoReports(place + "Quarry road, about 4,000 residents evacuated",
                "Firefighters battled the Millbrook wildfire. Hill farms, some 6,000 residents evacuated")).isEmpty();
    }

    private static final String RELIEF = "The relief effort in Port Kell grew on Monday. ";

    /** Only words of the clause around the figure count, not the figure's own ("UN employees"). */
    @Test
    void theFiguresOwnWordsAreNoSharedClause() {
        assertThat(twoReports(RELIEF + "More than 300 UN employees are missing.",
                "Aid reached Port Kell. Fewer than 200 UN employees attended the memorial.")).isEmpty();
    }

    /** Nor the material a figure measures ("tonnes of food"): shipping and holding are different amounts. */
    @Test
    void theMaterialAFigureMeasuresIsNoSharedClause() {
        assertThat(twoReports(RELIEF + "Ships will bring 15,000 tonnes of food.",
                "Aid reached Port Kell. Warehouses still hold 6,000 tonnes of food.")).isEmpty();
    }

    /** "$900m" / "$1.2bn" are amounts of one scale to compare; a cost and damage are different amounts. */
    @Test
    void amountsOfDifferentScaleWordsCompareByValue() {
        String place = "The wildfire in the hills above Millbrook spread on Monday. ";
        assertThat(twoReports(place + "The new reservoir project will cost $900m.",
                "Firefighters battled the Millbrook wildfire. The new reservoir project will cost $1.2bn."))
                .singleElement().satisfies(d -> assertThat(d.claims()).extracting(Claim::statement)
                        .containsExactlyInAnyOrder("$900m", "$1.2bn"));
        assertThat(twoReports(place + "The new reservoir project will cost $900 million.",
                "Firefighters battled the Millbrook wildfire. The fire caused $1.2 billion in damage.")).isEmpty();
    }

    @Test
    void figuresFromUnrelatedSentencesAreNotCompared() {
        assertThat(new NumberDisagreements().find(story(
                article("a", "The storm in Millford injured 14 people, officials said."),
                article("b", "Twenty-three people were injured in a bus crash on the coast road last spring.")))).isEmpty();
    }

    @Test
    void qualifiedNumbersThatCanBothBeTrueAgree() {
        assertThat(new NumberDisagreements().find(story(
                article("a", "Nearly 10,000 sorties were flown."),
                article("b", "Planes flew about 9,600 sorties."),
                article("c", "More than 9,000 sorties took place.")))).isEmpty();
    }

    @Test
    void oneOutletContradictingItselfIsNotADisagreementBetweenOutlets() {
        assertThat(new NumberDisagreements().find(story(
                article("a", "Planes flew 900 sorties. Later, 1,400 sorties were counted."),
                article("b", "The mission ended on Monday.")))).isEmpty();
    }

    @Test
    void theNatoClusterShowsBombingRunsAgainstSorties() {
        Briefing b = Storybrief.builder().build().brief(List.of(SharedData.natoCluster()));
        assertThat(b.disagreements()).anySatisfy(d -> {
            assertThat(d.claims()).anySatisfy(c -> {
                assertThat(c.source()).isEqualTo("000_51dffeeb630ea331");
                assertThat(c.statement()).contains("10,000").contains("bombing runs");
            });
            assertThat(d.claims()).anySatisfy(c -> {
                assertThat(c.source()).isEqualTo("002_5c489a49197800e4");
                assertThat(c.statement()).contains("26,000 sorties");
            });
        });
        assertThat(b.unique()).isNotEmpty().allSatisfy(c ->
                assertThat(b.laterArticles()).doesNotContain(c.source()));
    }
}
