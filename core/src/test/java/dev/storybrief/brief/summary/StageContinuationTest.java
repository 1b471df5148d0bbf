package dev.storybrief.brief.summary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.Storybrief;
import dev.storybrief.ingest.MetaKey;
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
 * A story told in stages (plea, trial, verdict) keeps its latest stage in the summary however many weeks apart the
 * stages are; a look back at a closed story a year later stays out of it, and the notes say which is which.
 */
class StageContinuationTest {
    private static RawDocument dated(String id, String date, String text) {
        return new RawDocument(id, Path.of(id + ".txt"), SourceFormat.TEXT, text, Map.of(MetaKey.PUBLISHED, date));
    }

    /** A made-up embezzlement case: plea in January, trial in February, verdict in May (well under 120 days). */
    private static List<RawDocument> pleaTrialVerdict() {
        return List.of(
                dated("p1", "2025-01-14", "Treasurer denies theft\n\nA former harbour treasurer, Martin Quell, pleaded "
                        + "not guilty yesterday to stealing about 90,000 pounds from the Lowgate lifeboat fund. Quell, "
                        + "52, told the court he had moved the money to pay the fund's bills. The judge set a trial for "
                        + "February. Quell was released on bail."),
                dated("p2", "2025-01-15", "Lifeboat fund case\n\nMartin Quell, who kept the accounts of the Lowgate "
                        + "lifeboat fund for ten years, denied theft in court on Monday. Prosecutors say the money went "
                        + "on a boat and holidays. Quell will stand trial next month."),
                dated("p3", "2025-02-20", "Quell trial opens\n\nThe trial of Martin Quell opened on Wednesday. "
                        + "Prosecutors told the jury that Quell wrote forty cheques to himself. The trial is expected to "
                        + "last three weeks."),
                dated("p4", "2025-05-02", "Quell guilty\n\nA jury found Martin Quell guilty of stealing from the "
                        + "Lowgate lifeboat fund on Thursday. Quell showed no emotion as the verdict was read. He will "
                        + "be sentenced in June."));
    }

    private static Briefing brief(List<RawDocument> docs, int words) {
        return Storybrief.builder().words(words).build().briefDocuments("case", docs, List.of());
    }

    @Test
    void theVerdictOfATrialToldInStagesIsSummarised() {
        Briefing b = brief(pleaTrialVerdict(), 80);
        assertThat(b.laterArticles()).containsExactly("p4");
        assertThat(b.summary()).extracting(SummarySentence::text).anyMatch(t -> t.contains("found Martin Quell guilty"));
        assertThat(b.warnings()).anyMatch(n -> n.startsWith("note p4 is from another period")
                && n.endsWith("summarised as a later development"))
                .noneMatch(n -> n.contains("kept out of the summary"));
    }

    @Test
    void aRetrospectiveOfAClosedStoryIsKeptOut() {
        List<RawDocument> docs = new ArrayList<>(pleaTrialVerdict().subList(0, 2));
        docs.add(dated("r1", "2025-05-01", "Lowgate fund recovers\n\nThree months after Martin Quell's court "
                + "appearance, and on the anniversary of the fund's founding, the Lowgate lifeboat fund says donations "
                + "are back. Volunteers remembered a hard year."));
        Briefing b = brief(docs, 80);
        assertThat(b.laterArticles()).containsExactly("r1");
        assertThat(b.summary()).extracting(SummarySentence::source).doesNotContain("r1");
        assertThat(b.warnings()).anyMatch(n -> n.startsWith("note r1 is from another period")
                && n.endsWith("kept out of the summary"));
    }

    @Test
    void aLaterArticleOnOtherPeopleIsNoContinuation() {
        Storybrief storybrief = Storybrief.builder().build();
        List<RawDocument> docs = new ArrayList<>(pleaTrialVerdict().subList(0, 3));
        docs.add(dated("x1", "2025-05-02", "Harbour dues rise\n\nHarbour master Ellen Brack said on Thursday that "
                + "harbour dues would rise in June. The court of the harbour board approved the rise."));
        assertThat(StageContinuation.continues(storybrief.story("s", docs, new ArrayList<>()))).isFalse();
        assertThat(StageContinuation.continues(storybrief.story("s", pleaTrialVerdict(), new ArrayList<>()))).isTrue();
    }

    @Test
    void aVerdictIsNoRepeatOfThePleaItResembles() {
        String plea = "A former treasurer accused of stealing from the lifeboat fund has denied theft.";
        assertThat(StageContinuation.tellsNewOutcome(
                "A former treasurer has been found guilty of stealing from the lifeboat fund.", plea)).isTrue();
        assertThat(StageContinuation.tellsNewOutcome(
                "A former treasurer is accused of stealing from the lifeboat fund.", plea)).isFalse();
        assertThat(StageContinuation.tellsNewOutcome("He was jailed for two years.", "He was jailed in May.")).isFalse();
    }
}
