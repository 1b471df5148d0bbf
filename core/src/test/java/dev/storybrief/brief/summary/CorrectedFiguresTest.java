package dev.storybrief.brief.summary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.Storybrief;
import dev.storybrief.ingest.RawDocument;
import dev.storybrief.ingest.SourceFormat;
import dev.storybrief.model.Briefing;
import dev.storybrief.model.SummarySentence;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A toll three outlets report as 53 on one day and one corrects to 35 the next (QA24 #1): the briefing tells 35, credits
 * the correction and shows 53 as withdrawn, whether the correction is a notice of its own, a note atop an updated
 * report or a new report saying the toll was revised. Made-up reports of a made-up ferry disaster.
 */
class CorrectedFiguresTest {
    private static RawDocument text(String id, String text) {
        return new RawDocument(id, Path.of(id + ".txt"), SourceFormat.TEXT, text, Map.of());
    }

    /** The three first-day reports, each giving 53 dead in its title and its lead. */
    private static List<RawDocument> firstDay() {
        return List.of(
                text("herald", "Ferry capsizes in Varnel Bay, 53 dead\n\nBy Mira Holt, The Tarn Herald\nPublished: November 3,"
                        + " 2026 18:20\n\nAt least 53 people died when a passenger ferry capsized in Varnel Bay on Tuesday"
                        + " afternoon, the coast guard said.\n\nThe ferry Aster was carrying about 140 passengers from Varnel"
                        + " to the island of Osk when it overturned in strong winds two kilometres from the harbour.\n\n"
                        + "Rescue boats pulled 81 survivors from the water, and divers searched the hull into the night,"
                        + " coast guard spokesman Ivo Brandt said.\n\nThe ferry company said the Aster had passed its last"
                        + " safety inspection in March."),
                text("courier", "53 killed as Varnel ferry overturns in storm\n\nBy Paul Okafor, Kelby Courier\nPublished:"
                        + " November 3, 2026 19:05\n\nA ferry overturned in Varnel Bay on Tuesday, killing 53 people,"
                        + " according to the coast guard.\n\nThe Aster, which was carrying about 140 passengers to Osk"
                        + " island, capsized in a sudden squall shortly after leaving port.\n\nCoast guard spokesman Ivo"
                        + " Brandt said 81 people had been rescued and that divers were still searching the hull.\n\n"
                        + "Regional governor Anna Sele declared three days of mourning."),
                text("wire", "Death toll in Varnel ferry disaster reaches 53\n\nVARNEL (Northern Wire) - Fifty-three people"
                        + " were killed when the ferry Aster capsized in Varnel Bay on Tuesday, the coast guard said.\n\n"
                        + "Published: November 3, 2026 21:40\n\nThe ferry, carrying about 140 passengers, overturned in"
                        + " strong winds on its way to Osk island. Eighty-one survivors were pulled from the water.\n\n"
                        + "Governor Anna Sele said an inquiry would examine whether the ferry had left port despite a"
                        + " storm warning."));
    }

    private static Briefing brief(RawDocument correction) {
        List<RawDocument> documents = new ArrayList<>(firstDay());
        documents.add(correction);
        return Storybrief.builder().build().briefDocuments("ferry", documents, new ArrayList<>());
    }

    /** The summary tells 35 and no line gives 53 unless it says 53 was corrected. */
    private static void assertToldCorrected(Briefing briefing) {
        List<SummarySentence> summary = briefing.summary();
        assertThat(summary).anySatisfy(s -> assertThat(s.text()).containsAnyOf("35", "Thirty-five"));
        assertThat(summary).allSatisfy(s -> {
            if (s.text().matches("(?s).*\\b(53|Fifty-three)\\b.*")) {
                assertThat(s.text()).containsAnyOf("corrected from 53", "corrected to 35");
            }
        });
        // the timeline tells what each day's reports said, the withdrawn figure marked as such
        assertThat(briefing.timeline()).allSatisfy(row -> {
            if (row.text().matches("(?s).*\\b(53|Fifty-three)\\b.*")) {
                assertThat(row.text()).containsPattern("\\(corrected to 35: (The Tarn Herald|Northern Wire), 2026-11-04\\)");
            }
        });
        assertThat(briefing.headline()).satisfiesAnyOf(h -> assertThat(h).doesNotContain("53"),
                h -> assertThat(h).contains("corrected to 35"));
    }

    @Test
    void aNewReportRevisingTheTollDownIsTheSummarysFigureAndHeadline() {
        Briefing briefing = brief(text("revised", "Authorities revise Varnel ferry toll down to 35\n\nVARNEL (Northern"
                + " Wire) - The coast guard revised the death toll from Tuesday's ferry capsizing in Varnel Bay down to 35"
                + " on Wednesday, saying some survivors had been counted twice.\n\nPublished: November 4, 2026 11:30\n\n"
                + "The coast guard had earlier given the toll as 53. Coast guard spokesman Ivo Brandt said 35 people had"
                + " died and 105 had survived.\n\nFamilies gathered at the harbour to identify the dead."));
        assertToldCorrected(briefing);
        assertThat(briefing.headline()).isEqualTo("Authorities revise Varnel ferry toll down to 35");
        // the corrected figure is told where the withdrawn one stood: first, credited to the report that corrected it
        assertThat(briefing.summary().get(0).text()).contains("(corrected from 53)");
        assertThat(briefing.summary().get(0).source()).isEqualTo("revised");
    }

    @Test
    void aCorrectionNoteAtopAnUpdatedReportCorrectsTheOtherOutletsToo() {
        Briefing briefing = brief(text("update", "Varnel ferry toll is 35, coast guard says\n\nBy Mira Holt, The Tarn"
                + " Herald\nPublished: November 4, 2026 09:10\n\nCorrection: an earlier version of this article said 53"
                + " people had died; the toll is 35.\n\nThirty-five people died when the ferry Aster capsized in Varnel"
                + " Bay on Tuesday, the coast guard said on Wednesday, after finding that some survivors had been counted"
                + " twice.\n\nFamilies gathered at the harbour in Varnel to identify the dead.\n\nThe coast guard said"
                + " 105 people had survived, among them the ferry's captain, who was being questioned by police."));
        assertToldCorrected(briefing);
        assertThat(briefing.headline()).isEqualTo("Varnel ferry toll is 35, coast guard says");
        assertThat(briefing.summary().get(0).text()).startsWith("Thirty-five people (corrected from 53)");
    }

    @Test
    void aStandaloneNoticeIsReadAndMarksTheWithdrawnFigure() {
        Briefing briefing = brief(text("notice", "Correction: Varnel ferry death toll\n\nThe Tarn Herald\nPublished:"
                + " November 4, 2026 09:10\n\nAn earlier version of this article said 53 people had died when the ferry"
                + " Aster capsized in Varnel Bay. The correct figure is 35: the coast guard had counted some survivors"
                + " twice, it said on Wednesday."));
        // the notice is read (it was skipped as all boilerplate), and stays out of the summary as a notice
        assertThat(briefing.articles()).extracting(a -> a.id()).contains("notice");
        assertThat(briefing.summary()).noneSatisfy(s -> assertThat(s.source()).isEqualTo("notice"));
        assertToldCorrected(briefing);
        assertThat(briefing.summary()).anySatisfy(s -> assertThat(s.text())
                .contains("(corrected to 35: The Tarn Herald, 2026-11-04)"));
    }

    @Test
    void aLowerTollOfALaterDayWithoutCorrectionWordsCorrectsNothing() {
        // another place's count, not a correction: the first-day figure stays
        Briefing briefing = brief(text("later", "Varnel mourns ferry victims\n\nVARNEL (Northern Wire) - Thirty-five"
                + " of the people killed when the ferry Aster capsized in Varnel Bay on Tuesday were from Osk island,"
                + " the island's mayor said on Wednesday.\n\nPublished: November 4, 2026 11:30\n\nFamilies gathered at"
                + " the harbour to identify the dead."));
        assertThat(briefing.summary()).noneSatisfy(s -> assertThat(s.text()).contains("corrected"));
        assertThat(briefing.headline()).doesNotContain("corrected");
    }
}
