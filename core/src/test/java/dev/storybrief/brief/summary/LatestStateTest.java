package dev.storybrief.brief.summary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.Storybrief;
import dev.storybrief.ingest.RawDocument;
import dev.storybrief.ingest.SourceFormat;
import dev.storybrief.model.Briefing;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A story told over days is told from its latest state (QA24 #3): an election's result, not its early count, heads the
 * briefing and opens the summary; a trial's sentence, its last report, does too, the earlier steps read after it.
 * Made-up reports of a made-up election and trial.
 */
class LatestStateTest {
    private static RawDocument text(String id, String text) {
        return new RawDocument(id, Path.of(id + ".txt"), SourceFormat.TEXT, text, Map.of());
    }

    private static Briefing brief(String name, RawDocument... documents) {
        return Storybrief.builder().build().briefDocuments(name, List.of(documents), new ArrayList<>());
    }

    private static final RawDocument EARLY_COUNT = text("gazette-sun", "Early count puts Ferrand ahead in Kelby mayoral race\n\n"
            + "By Jon Avery, Tarn Valley Gazette\nPublished: November 8, 2026 21:30\n\nWith 20% of ballots counted, Marie"
            + " Ferrand leads the Kelby mayoral election with 48% of the vote, ahead of incumbent Paul Dorsey on 41%, the"
            + " city election office said on Sunday evening.\n\nTurnout was 56%, the highest in a city election since"
            + " 1998.\n\nFerrand, a former school principal, campaigned on rents and bus services. Dorsey has been mayor"
            + " for eight years.\n\n\"It is early, but the mood is good,\" Ferrand told supporters at a hall in the harbour"
            + " district.");
    private static final RawDocument EARLY_COUNT_TOO = text("courier-sun", "Ferrand leads Dorsey as Kelby counts votes\n\n"
            + "By Paul Okafor, Kelby Courier\nPublished: November 8, 2026 22:10\n\nChallenger Marie Ferrand was ahead of"
            + " Mayor Paul Dorsey early in the count on Sunday night, with 48% to his 41% after a fifth of the ballots had"
            + " been counted.\n\nDorsey said he expected the postal votes, counted last, to favour him. \"We will wait for"
            + " every vote,\" he said.\n\nTurnout was 56%, the election office said.");
    private static final RawDocument RESULT = text("wire-mon", "Dorsey wins re-election as Kelby mayor after late postal"
            + " votes\n\nKELBY (Northern Wire) - Paul Dorsey won a third term as mayor of Kelby on Monday, taking 50.4% of"
            + " the vote to Marie Ferrand's 46.1% after postal ballots were counted, the city election office said.\n\n"
            + "Published: November 9, 2026 10:45\n\nFerrand had led in the early count on Sunday night. She conceded on"
            + " Monday morning and congratulated Dorsey.\n\n\"The city has chosen continuity, and I will work with it,\""
            + " Ferrand said.\n\nDorsey said his first task would be the budget for the new bus depot.");

    @Test
    void anElectionsResultHeadsTheBriefingAndOpensTheSummary() {
        Briefing briefing = brief("election", EARLY_COUNT, EARLY_COUNT_TOO, RESULT);
        assertThat(briefing.headline()).isEqualTo("Dorsey wins re-election as Kelby mayor after late postal votes");
        assertThat(briefing.summary().get(0).text()).startsWith("Paul Dorsey won a third term as mayor of Kelby");
        // the early count is background now, read after the result
        assertThat(briefing.summary().subList(1, briefing.summary().size()))
                .noneSatisfy(s -> assertThat(s.text()).contains("won a third term"));
    }

    /**
     * Room made for the result's lead is filled again: the lines give way lowest-scored first, and a long one can go
     * where short ones had made room already; the words left then take what the fill step would take.
     */
    @Test
    void wordsFreedForTheLatestLeadAreFilledAgain() {
        for (int budget = 40; budget <= 100; budget += 5) {
            Briefing briefing = Storybrief.builder().words(budget).build().briefDocuments("election",
                    List.of(EARLY_COUNT, EARLY_COUNT_TOO, RESULT), new ArrayList<>());
            assertThat(briefing.summary().get(0).text()).startsWith("Paul Dorsey won a third term");
            assertThat(briefing.summaryWords()).as("budget %d", budget).isGreaterThan(budget * 2 / 3)
                    .isLessThanOrEqualTo(budget);
        }
    }

    private static dev.storybrief.model.AnalyzedArticle report(String id, java.time.LocalDate day, String lead) {
        return dev.storybrief.TestArticle.of(id, lead, "Turnout was 56%, the city election office said.")
                .title(id).published(day, "--date").analyzed();
    }

    @Test
    void anOutcomeTheFirstDaysLeadsGaveIsNoLaterState() {
        java.time.LocalDate sunday = java.time.LocalDate.of(2026, 11, 8);
        var later = report("tuesday", sunday.plusDays(2), "Paul Dorsey, re-elected mayor of Kelby on Sunday, named Ada"
                + " Krol as his deputy on Tuesday.");
        // the first day's lead gives the result already: a later report repeating it is no later state
        assertThat(LatestState.reports(List.of(report("sunday", sunday, "Paul Dorsey was re-elected mayor of Kelby on"
                + " Sunday with 50.4% of the vote."), later))).isEmpty();
        // beside an early count it is
        assertThat(LatestState.reports(List.of(report("sunday", sunday, "With 20% of ballots counted, Marie Ferrand"
                + " leads the Kelby mayoral election."), later))).containsExactly(later);
    }

    @Test
    void aTrialsSentenceHeadsTheBriefingAndOpensTheSummary() {
        Briefing briefing = brief("trial",
                text("herald-open", "Former Kelby treasurer goes on trial over missing council funds\n\nBy Mira Holt, The"
                        + " Tarn Herald\nPublished: October 5, 2026 17:00\n\nThe former treasurer of Kelby council, Aldo"
                        + " Renner, went on trial on Monday at Tarn crown court, accused of taking 2.3 million euros of"
                        + " council money over six years.\n\nProsecutor Hanna Vik told the jury that Renner moved the money"
                        + " into accounts he controlled through a consultancy run by his brother-in-law.\n\nRenner, 58,"
                        + " denies 14 counts of fraud and false accounting.\n\nThe trial is expected to last four weeks."),
                text("courier-open", "Renner trial opens as prosecutors detail 2.3m euro fraud\n\nBy Paul Okafor, Kelby"
                        + " Courier\nPublished: October 5, 2026 18:30\n\nProsecutors said on Monday that former Kelby"
                        + " council treasurer Aldo Renner took 2.3 million euros of public money, as his trial opened at"
                        + " Tarn crown court.\n\nRenner denies all 14 charges of fraud and false accounting.\n\n\"This was a"
                        + " careful, patient theft,\" prosecutor Hanna Vik told jurors."),
                text("wire-verdict", "Jury finds former Kelby treasurer guilty of fraud\n\nTARN (Northern Wire) - A jury at"
                        + " Tarn crown court on Thursday found Aldo Renner, the former treasurer of Kelby council, guilty of"
                        + " 12 of the 14 counts of fraud and false accounting he faced.\n\nPublished: October 29, 2026"
                        + " 15:10\n\nRenner was cleared of two counts of false accounting. Judge Clara Holm said she would"
                        + " sentence him on November 20.\n\nThe council has recovered 400,000 euros of the missing money."),
                text("herald-sentence", "Former Kelby treasurer Renner jailed for seven years\n\nBy Mira Holt, The Tarn"
                        + " Herald\nPublished: November 20, 2026 13:45\n\nAldo Renner, the former treasurer of Kelby"
                        + " council, was sentenced on Friday to seven years in prison for taking 2.3 million euros of"
                        + " council money.\n\nJudge Clara Holm said Renner had betrayed the trust of the town's residents."
                        + " \"You treated the public purse as your own,\" she said.\n\nRenner's lawyer said he would appeal"
                        + " the sentence."));
        assertThat(briefing.headline()).isEqualTo("Former Kelby treasurer Renner jailed for seven years");
        assertThat(briefing.summary().get(0).text()).contains("was sentenced").contains("seven years");
        assertThat(briefing.summary().get(0).source()).isEqualTo("herald-sentence");
    }
}
