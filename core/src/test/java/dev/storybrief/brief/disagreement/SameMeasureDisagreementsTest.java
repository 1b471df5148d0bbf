package dev.storybrief.brief.disagreement;

import static dev.storybrief.brief.disagreement.DisagreementFixtures.article;
import static dev.storybrief.brief.disagreement.DisagreementFixtures.statements;
import static dev.storybrief.brief.disagreement.DisagreementFixtures.twoReports;
import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.model.Disagreement;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Two figures that their own words give as values of one measure disagree however little else their sentences share
 * (QA 18 #1): a price per share, a measure named as the figure's subject, one act of money, units of the
 * thing a sentence names. Marks that tell two measures apart still hold: another place, other holders, a sentence
 * that sets both figures side by side.
 */
class SameMeasureDisagreementsTest {
    @Test
    void twoPricesPerShareOfOneDealDisagree() {
        List<Disagreement> found = twoReports(
                "Halden Foods agreed on Monday to buy Corrin Dairy for $38 a share in cash, a deal that values the "
                        + "cheese maker at about $1.9 billion including its debts.",
                "Halden Foods will pay $36 a share for Corrin Dairy, the companies announced in a joint statement.");
        assertThat(statements(found)).containsExactlyInAnyOrder("$38", "$36");
    }

    @Test
    void aMeasureNamedAsTheFiguresSubjectIsOneMeasure() {
        List<Disagreement> found = twoReports(
                "Turnout in Tuesday's election was 61%, the highest for a midterm in Ashby in 40 years, according "
                        + "to the Ashby Voter Project.",
                "Turnout was 58%, the secretary of state's office said.");
        // each figure is its source's: the two sources' claims
        assertThat(found).singleElement().satisfies(d -> assertThat(d.topic()).isEqualTo("turnout (per cent) — Ashby"
                + " Voter Project: 61%; secretary of state's office: 58% (reported by unknown outlet #1, unknown outlet #2)"));
    }

    @Test
    void aMeasureOfAnotherPlaceIsAnotherMeasure() {
        assertThat(twoReports("Turnout in Northfield was 61% on Tuesday, officials said.",
                "Turnout in Southfield was 52% on Tuesday, officials said.")).isEmpty();
    }

    @Test
    void unitsCountTheThingTheirSentenceNames() {
        List<Disagreement> found = twoReports(
                "Brightform is recalling about 120,000 electric kettles sold in Canada because the lid can open.",
                "The safety commission said the recall of Brightform kettles covers about 180,000 units, including "
                        + "60,000 sold under a store brand.");
        assertThat(statements(found)).containsExactlyInAnyOrder("about 120,000 electric kettles", "about 180,000 units");
    }

    @Test
    void twoSumsReceivedInOtherWordsDisagree() {
        List<Disagreement> found = twoReports(
                "Prosecutors said Pruitt accepted $180,000 from a developer in exchange for zoning approvals.",
                "Prosecutors said Pruitt received $210,000 over three years.");
        assertThat(statements(found)).hasSize(2).anyMatch(s -> s.startsWith("$180,000"))
                .anyMatch(s -> s.startsWith("$210,000"));
    }

    @Test
    void twoRoundFiguresApartBeyondTheirSlackDisagree() {
        List<Disagreement> found = twoReports(
                "According to the union, about 90 trains were cancelled across the network on Thursday.",
                "The railway said about 75 trains were cancelled across the network on Thursday.");
        assertThat(statements(found)).containsExactlyInAnyOrder("about 90 trains", "about 75 trains");
    }

    @Test
    void figuresSetSideBySideInBothSentencesAreNoDisagreement() {
        String exxon = "Exxon, which has a market value of $176.7 billion, and Mobil, which has a market value of "
                + "$61.1 billion, both have a history of independence.";
        assertThat(twoReports(exxon, "Both Exxon, which has a market value of $176.7 billion, and Mobil, which has a "
                + "market value of $61.1 billion, have a history of being fiercely independent.")).isEmpty();
    }

    @Test
    void sharesOfOtherHoldersAreNoOneMeasure() {
        assertThat(twoReports("In the final count, Rivera's share of the vote was 50.1%, officials said on Thursday.",
                "After two days, Dunn's share of the vote was 48.6% in Westmark.")).isEmpty();
    }
}
