package dev.storybrief.brief.disagreement;

import static dev.storybrief.brief.disagreement.DisagreementFixtures.article;
import static dev.storybrief.brief.disagreement.DisagreementFixtures.story;
import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.model.Claim;
import dev.storybrief.model.Disagreement;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * A figure a report credits to a party in its own sentence ("28,500 according to the police", "selon les
 * organisateurs") is the party's claim: outlets relaying the police's and the organisers' counts do not disagree with
 * each other, the parties do, and the disagreement shows the parties' claims as such. Made-up reports of a march.
 */
class PartyFiguresTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 7);

    private static List<Disagreement> find(String... reports) {
        var articles = new dev.storybrief.model.AnalyzedArticle[reports.length];
        for (int i = 0; i < reports.length; i++) {
            articles[i] = article("r" + i, DAY, reports[i]);
        }
        return new NumberDisagreements().find(story(articles));
    }

    /**
     * Three outlets each give both counts, worded three ways: one dispute of the two parties, no outlet set against
     * another, every claim quoting its party.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            en|police|organisers|28,500|31,000|About 28,500 people marched through central Harlow on Saturday against the pension reform, according to the police, while the organisers said 31,000 took part. The unions plan another day of action next week.|Some 28,500 protesters joined the march in Harlow on Saturday, according to the police; the organisers counted 31,000. The unions plan another day of action next week.|The march against the pension reform drew 31,000 people in Harlow on Saturday, according to the organisers, and 28,500 according to the police. The unions plan another day of action next week.
            es|policía|organizadores|28.500|31.000|Unas 28.500 personas marcharon el sábado por el centro de Valdora contra la reforma de las pensiones, según la policía, mientras que los organizadores hablan de 31.000. Los sindicatos preparan otra jornada de protesta.|Según la policía, 28.500 manifestantes participaron el sábado en la marcha de Valdora; según los organizadores, fueron 31.000. Los sindicatos preparan otra jornada de protesta.|La marcha contra la reforma de las pensiones reunió el sábado a 31.000 personas en Valdora, según los organizadores, y a 28.500 según la policía. Los sindicatos preparan otra jornada de protesta.
            fr|police|organisateurs|28 500|31 000|Quelque 28 500 personnes ont défilé samedi dans le centre de Valdor contre la réforme des retraites, selon la police, tandis que les organisateurs en ont compté 31 000. Les syndicats préparent une nouvelle journée de mobilisation.|Selon la police, 28 500 manifestants ont participé samedi au cortège de Valdor ; selon les organisateurs, ils étaient 31 000. Les syndicats préparent une nouvelle journée de mobilisation.|Le cortège contre la réforme des retraites a rassemblé samedi 31 000 personnes à Valdor selon les organisateurs, et 28 500 selon la police. Les syndicats préparent une nouvelle journée de mobilisation.
            de|Polizei|Veranstalter|28.500|31.000|Laut Polizei zogen am Samstag rund 28.500 Menschen durch die Innenstadt von Kelbach, um gegen die Rentenreform zu demonstrieren; die Veranstalter sprachen von 31.000 Teilnehmern. Die Gewerkschaften planen einen weiteren Aktionstag.|Nach Angaben der Polizei beteiligten sich am Samstag 28.500 Menschen an der Demonstration in Kelbach, nach Angaben der Veranstalter waren es 31.000. Die Gewerkschaften planen einen weiteren Aktionstag.|Die Demonstration gegen die Rentenreform brachte am Samstag laut Veranstaltern 31.000 Menschen in Kelbach auf die Straße, laut Polizei 28.500. Die Gewerkschaften planen einen weiteren Aktionstag.
            it|questura|organizzatori|28.500|31.000|Circa 28.500 persone hanno sfilato sabato nel centro di Valdoro contro la riforma delle pensioni, secondo la questura, mentre gli organizzatori parlano di 31.000. I sindacati preparano un'altra giornata di mobilitazione.|Secondo la questura, 28.500 manifestanti hanno partecipato sabato al corteo di Valdoro; secondo gli organizzatori erano 31.000. I sindacati preparano un'altra giornata di mobilitazione.|Il corteo contro la riforma delle pensioni ha portato in piazza sabato 31.000 persone a Valdoro secondo gli organizzatori, 28.500 secondo la questura. I sindacati preparano un'altra giornata di mobilitazione.
            pt|polícia|organizadores|28.500|31.000|Cerca de 28.500 pessoas desfilaram no sábado pelo centro de Valdora contra a reforma das pensões, segundo a polícia, enquanto os organizadores falam em 31.000. Os sindicatos preparam outro dia de luta.|Segundo a polícia, 28.500 manifestantes participaram no sábado no desfile de Valdora; segundo os organizadores, foram 31.000. Os sindicatos preparam outro dia de luta.|O desfile contra a reforma das pensões juntou no sábado 31.000 pessoas em Valdora, segundo os organizadores, e 28.500 segundo a polícia. Os sindicatos preparam outro dia de luta.
            """)
    void outletsRelayingBothPartiesCountsShowOneDisputeOfTheParties(String language, String police, String organisers,
                                                                   String policeFigure, String organisersFigure,
                                                                   String first, String second, String third) {
        List<Disagreement> found = find(first, second, third);
        assertThat(found).as(language).singleElement().satisfies(d -> {
            assertThat(d.topic()).contains(police + ": " + policeFigure).contains(organisers + ": " + organisersFigure)
                    // the reports have no outlet: the reader knows them by their place among the sources, not by an id
                    .contains("reported by unknown outlet #1, unknown outlet #2, unknown outlet #3");
            assertThat(d.claims()).extracting(Claim::speaker).doesNotContainNull()
                    .containsOnly(police, organisers);
            // each outlet relays both parties' counts
            assertThat(d.claims().stream().filter(c -> c.speaker().equals(police)).map(Claim::source).distinct())
                    .containsExactlyInAnyOrder("r0", "r1", "r2");
            assertThat(d.claims().stream().filter(c -> c.speaker().equals(organisers)).map(Claim::source).distinct())
                    .containsExactlyInAnyOrder("r0", "r1", "r2");
            assertThat(d.claims().stream().map(Claim::side).distinct()).hasSize(2);
        });
    }

    /** One outlet gives only the police's count, another only the organisers': the parties differ, not the outlets. */
    @Test
    void anOutletGivingOnePartysCountDoesNotDisagreeWithOneGivingTheOthers() {
        List<Disagreement> found = find(
                "About 28,500 people marched through central Harlow on Saturday against the pension reform, according to"
                        + " the police. The unions plan another day of action next week.",
                "About 31,000 people marched through central Harlow on Saturday against the pension reform, according to"
                        + " the organisers. The unions plan another day of action next week.");
        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.topic()).contains("police: 28,500").contains("organisers: 31,000");
            assertThat(d.claims()).extracting(Claim::speaker).containsExactlyInAnyOrder("police", "organisers");
        });
    }

    /**
     * Beside the organisers' count, two outlets giving the police two counts put them on two sides of the parties'
     * dispute, and still disagree as outlets: one of them misreports the party.
     */
    @Test
    void twoCountsOfOnePartyAreTwoSides() {
        List<Disagreement> found = find(
                "About 28,500 people marched through central Harlow on Saturday against the pension reform, according to"
                        + " the police. The unions plan another day of action next week.",
                "About 31,000 people marched through central Harlow on Saturday against the pension reform, according to"
                        + " the organisers. The unions plan another day of action next week.",
                "About 35,000 people marched through central Harlow on Saturday against the pension reform, according to"
                        + " the police. The unions plan another day of action next week.");
        assertThat(found).anySatisfy(d -> {
            assertThat(d.topic()).contains("police: 28,500, 35,000; organisers: 31,000");
            assertThat(d.claims().stream().map(Claim::side).distinct()).hasSize(3);
        });
    }

    /**
     * Two countries each giving their own dead are two tolls, not one disputed: a place that gives a figure counts what
     * happened on its ground (DUC 2004's hurricane: "Salvador: 239; Guatemala: 100" was shown as a dispute).
     */
    @Test
    void placesGivingTheirOwnTollsAreNoParties() {
        List<Disagreement> found = find(
                "Guatemala said 100 people were killed when Hurricane Irma swept across Central America this week. Aid"
                        + " is arriving from Mexico.",
                "Honduras said 240 people were killed when Hurricane Irma swept across Central America this week. Aid"
                        + " is arriving from Mexico.");
        assertThat(found).noneSatisfy(d -> assertThat(d.topic()).contains("Guatemala: 100"));
    }

    /** Two outlets giving the police two different counts do disagree: one of them misreports the party. */
    @Test
    void twoOutletsGivingOnePartyTwoCountsStillDisagree() {
        List<Disagreement> found = find(
                "About 28,500 people marched through central Harlow on Saturday against the pension reform, according to"
                        + " the police. The unions plan another day of action next week.",
                "About 35,000 people marched through central Harlow on Saturday against the pension reform, according to"
                        + " police. The unions plan another day of action next week.");
        assertThat(found).singleElement().satisfies(d -> assertThat(d.claims()).extracting(Claim::statement)
                .containsExactlyInAnyOrder("About 28,500 people", "About 35,000 people"));
    }

    /**
     * The council's cost and its opponents' are two parties' estimates of one cost, shown as such; a sum the opponents
     * give for another thing (trade the shops lose) is no side of any dispute.
     */
    @Test
    void twoPartiesEstimatesOfOneCostAreTheirsAndAnotherMeasureIsNone() {
        List<Disagreement> estimates = find(
                "The council says the new Kelby ring road will cost £40m, paid from its transport budget. Work is due to"
                        + " start in the spring.",
                "Opponents of the Kelby ring road say the scheme will cost £55m once land purchases are included. Work is"
                        + " due to start in the spring.");
        assertThat(estimates).allSatisfy(d -> assertThat(d.claims()).extracting(Claim::speaker).doesNotContainNull());
        List<Disagreement> otherThings = find(
                "The council has set aside £40m for the new Kelby ring road, it said on Thursday. Work is due to start in"
                        + " the spring.",
                "Opponents say shops in the Kelby town centre will lose £55m in trade while the ring road is built. Work"
                        + " is due to start in the spring.");
        assertThat(otherThings).isEmpty();
    }

    /**
     * A sentence that tells how long into a journey something happened gives figures of hours and a count of seats: the
     * hours have a noun of their own (no bare side of the seats' count), and the words after "said" that run into a
     * figure ("said nearly 9 hours into") are what was said, not a party.
     */
    @Test
    void figuresWithNounsOfTheirOwnAndWordsRunningIntoAFigureAreNoParties() {
        List<Disagreement> found = find(
                "Maria Keller, who sat near the front, said nearly 9 hours into the 14-hour crossing, a man five seats in"
                        + " front of her began shouting. The ferry was met by police at the port.");
        assertThat(found).isEmpty();
    }

    /** The second side given bare beside its party's credit is still read ("and 24,700 according to the police"). */
    @Test
    void aBareSecondSideBeforeItsCreditIsStillRead() {
        List<Disagreement> found = find(
                "The rally against the mine drew 31,000 people on Sunday, according to the organisers, and 24,700"
                        + " according to the police. Another rally is planned for May.");
        assertThat(found).singleElement().satisfies(d -> assertThat(d.topic()).contains("organisers: 31,000")
                .contains("police: 24,700"));
    }

    /**
     * A verb of counting inside a figure's own words is its noun ("five counts of fraud"): the words before it are no
     * party, so a charge sheet's two counts are no dispute of "is facing five" and "two".
     */
    @Test
    void aCountingVerbInsideTheFigureIsItsNounAndNamesNoParty() {
        List<Disagreement> found = find(
                "The treasurer was arrested and is facing five counts of fraud and two counts of false accounting. He"
                        + " will appear in court in March.",
                "The treasurer faces five counts of fraud and two counts of false accounting. He will appear in court in"
                        + " March.");
        assertThat(found).noneSatisfy(d -> assertThat(d.claims()).extracting(Claim::speaker).doesNotContainNull());
    }

    /**
     * A party's figure of one day that every report of the next day has outgrown is the count's earlier step, for
     * parties as for outlets: Monday's 12 dead the officials gave is no side against Tuesday's 19 and 21.
     */
    @Test
    void aPartysFigureTheNextDaysReportsHaveAllOutgrownIsAnEarlierStep() {
        List<Disagreement> found = new NumberDisagreements().find(story(
                article("r0", DAY, "Officials said 12 people were killed when the dam above Harwick burst on Sunday"
                        + " night. Rescue teams are searching the valley."),
                article("r1", DAY.plusDays(1), "The hospital said 19 people were killed when the dam above Harwick"
                        + " burst on Sunday night. Rescue teams are searching the valley."),
                article("r2", DAY.plusDays(1), "Officials said 21 people were killed when the dam above Harwick burst"
                        + " on Sunday night. Rescue teams are searching the valley.")));
        assertThat(found).noneSatisfy(d -> assertThat(d.topic()).contains("12"));
    }
}
