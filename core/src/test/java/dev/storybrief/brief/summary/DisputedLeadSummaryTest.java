package dev.storybrief.brief.summary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.TestArticle;
import dev.storybrief.brief.disagreement.NumberDisagreements;
import dev.storybrief.group.StoryGrouper;
import dev.storybrief.model.Disagreement;
import dev.storybrief.model.Story;
import dev.storybrief.model.StoryView;
import dev.storybrief.model.SummarySentence;
import dev.storybrief.model.Words;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A lead whose figure two outlets give otherwise ("About 300 residents were evacuated" against "Some 250", QA27 #4):
 * the summary tells the lead's event, with the disputed figure marked as disputed, never silently left out nor stated
 * as settled. Made-up reports of a made-up chemical leak.
 */
class DisputedLeadSummaryTest {
    private static final LocalDate WEDNESDAY = LocalDate.of(2026, 11, 11);

    private static Story story() {
        return new StoryGrouper().group("leak", List.of(
                TestArticle.of("courier",
                                "About 300 residents were evacuated from the Ostrava Flats estate on Wednesday after a"
                                        + " chemical leak at the nearby Fendale plant, the fire service said.",
                                "Firefighters sealed a damaged storage tank by the afternoon, and residents were taken to a"
                                        + " sports hall in Tarnwell.",
                                "The plant's owner, Fendale Chemicals, said the tank held a cleaning solvent and apologised"
                                        + " to the neighbourhood.",
                                "Residents were told they could return home on Thursday once air tests were complete.")
                        .title("Chemical leak forces evacuation in Ostrava Flats").outlet("Tarnwell Courier")
                        .published(WEDNESDAY, "--date").analyzed(),
                TestArticle.of("post",
                                "Some 250 residents were evacuated from the Ostrava Flats estate on Wednesday after a"
                                        + " chemical leak at the Fendale plant, according to the council.",
                                "The leak began shortly after 7 a.m. when a storage tank was damaged during maintenance"
                                        + " work.",
                                "Fendale Chemicals said the solvent posed no lasting risk, but the council advised"
                                        + " residents to keep windows closed.",
                                "A council spokeswoman said a sports hall in Tarnwell would stay open overnight for anyone"
                                        + " unable to return.")
                        .title("Hundreds leave homes after leak at Fendale plant").outlet("Tarnwell Evening Post")
                        .published(WEDNESDAY, "--date").analyzed()));
    }

    @Test
    void theDisputedFigureOfTheLeadIsMarkedWithItsSpreadAtEveryBudget() {
        Story story = story();
        for (int words = 40; words <= 120; words += 20) {
            int budget = words;
            List<SummarySentence> summary = new StorySummarizer().summarize(story, budget);
            assertThat(summary.stream().mapToInt(s -> Words.count(s.text())).sum()).as("budget %d", budget)
                    .isLessThanOrEqualTo(budget);
            // before: "Some 250 residents were evacuated ..." as if settled
            SummarySentence lead = summary.stream().filter(s -> s.text().contains("were evacuated from the Ostrava Flats"))
                    .findFirst().orElseThrow(() -> new AssertionError("no lead at budget " + budget));
            assertThat(lead.text()).as("budget %d", budget).contains("(250 to 300, reports differ)");
            // the shown line adds words: the verbatim sentence travels with it, unmarked
            assertThat(lead.verbatim()).doesNotContain("reports differ").contains("residents were evacuated from");
        }
    }

    /** The mark is worded in English: a French summary states its lines as written, the dispute told elsewhere. */
    @Test
    void aSummaryInAnotherLanguageGetsNoEnglishMark() {
        Story story = new StoryGrouper().group("fuite", List.of(
                TestArticle.of("courrier",
                                "Environ 300 habitants ont été évacués mercredi du quartier des Tilleuls après une fuite"
                                        + " chimique à l'usine voisine de Fendale, ont indiqué les pompiers.",
                                "Les pompiers ont colmaté une cuve endommagée dans l'après-midi et les habitants ont été"
                                        + " conduits dans un gymnase de Tarnville.")
                        .title("Une fuite chimique force l'évacuation des Tilleuls").outlet("Le Courrier de Tarnville")
                        .published(WEDNESDAY, "--date").analyzed(),
                TestArticle.of("soir",
                                "Quelque 250 habitants ont été évacués mercredi du quartier des Tilleuls après une fuite"
                                        + " chimique à l'usine de Fendale, selon la mairie.",
                                "La fuite a commencé peu après 7 heures, lorsqu'une cuve a été endommagée pendant des"
                                        + " travaux d'entretien.")
                        .title("Des centaines d'habitants quittent leur logement").outlet("Tarnville Soir")
                        .published(WEDNESDAY, "--date").analyzed()));
        assertThat(story.articles()).allSatisfy(a -> assertThat(a.language()).isEqualTo("fr"));
        List<SummarySentence> summary = new StorySummarizer().summarize(story, 120);
        assertThat(summary).anySatisfy(s -> assertThat(s.text()).contains("habitants ont été évacués"));
        assertThat(summary).noneSatisfy(s -> assertThat(s.text()).contains("reports differ"));
    }

    @Test
    void aDisputedLeadLeftOutComesInInPlaceOfTheLowestScoredLines() {
        Story story = story();
        var index = story.index(StoryView.MAIN);
        List<SummaryCandidate> ranked = new CandidateRanking(new CandidateFilter(), StorySummarizer.Weights.DEFAULT,
                SentenceTrimmer.standard()).rank(story, index.articles(), index, index.centroid());
        List<Disagreement> disagreements = new NumberDisagreements().find(story);
        assertThat(disagreements).as("300 against 250 residents").isNotEmpty();
        int budget = 60;
        // a summary of the lines around the event, full, with neither lead: what the QA tour saw
        List<SummaryCandidate> chosen = new java.util.ArrayList<>();
        for (SummaryCandidate c : ranked) {
            if (c.sentence().index() > 0 && SummaryCandidate.words(chosen) + c.words() <= budget) {
                chosen.add(c);
            }
        }
        List<SummaryCandidate> told = DisputedLeads.withDisputedLeads(chosen, ranked,
                new FigureSides(story, disagreements), index, budget);
        assertThat(told).anySatisfy(s -> assertThat(s.sentence().index()).isZero());
        assertThat(told.stream().filter(s -> s.sentence().index() == 0)).hasSize(1);
        assertThat(SummaryCandidate.words(told)).isLessThanOrEqualTo(budget);
    }

    /**
     * Figures written in words take their capital from opening their sentence ("Three crew members"): inside the
     * mark they stand mid-sentence and read "(three to four, reports differ)", not "(Three to Four, ...)" (QA28 #10).
     */
    @Test
    void aSpreadInWordsIsWrittenInLowerCase() {
        Story story = new StoryGrouper().group("ferry", List.of(
                TestArticle.of("herald",
                                "Three crew members were injured when fire broke out on the Marla Quest ferry off Orrin"
                                        + " Bay on Wednesday, the coastguard said.",
                                "All 212 passengers were taken off by lifeboats and brought to the harbour at Pellham.")
                        .title("Fire on Orrin Bay ferry").outlet("Pellham Herald").published(WEDNESDAY, "--date")
                        .analyzed(),
                TestArticle.of("courier",
                                "Four crew members were injured when fire broke out on the Marla Quest ferry off Orrin"
                                        + " Bay on Wednesday, according to the operator.",
                                "The ferry's operator said the fire started in the engine room and was put out within an"
                                        + " hour.")
                        .title("Ferry blaze injures crew").outlet("Coastal Courier").published(WEDNESDAY, "--date")
                        .analyzed()));
        List<SummarySentence> summary = new StorySummarizer().summarize(story, 120);
        assertThat(summary).anySatisfy(s -> assertThat(s.text()).contains("(three to four, reports differ)"));
        assertThat(summary).noneSatisfy(s -> assertThat(s.text()).contains("Three to Four"));
    }
}
