package dev.storybrief.brief.summary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.Storybrief;
import dev.storybrief.ingest.MetaKey;
import dev.storybrief.ingest.RawDocument;
import dev.storybrief.ingest.SourceFormat;
import dev.storybrief.model.Briefing;
import dev.storybrief.model.SummarySentence;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A story told over months by successive articles is summarised over every period, one development per article
 * first; the same articles within a week are one event, briefed as before.
 */
class DevelopingStoryTest {
    private static final String LONG_ONE = "The council met again to discuss the bridge and the repairs. The council said the "
            + "bridge repairs would be discussed again. Engineers told the council the bridge repairs need more study. "
            + "The bridge repairs were the only item the council discussed at the meeting.";

    private static RawDocument dated(String id, String date, String text) {
        return new RawDocument(id, Path.of(id + ".txt"), SourceFormat.TEXT, text, Map.of(MetaKey.PUBLISHED, date));
    }

    private static List<RawDocument> articles(String... dates) {
        return List.of(
                dated("a", dates[0], "Bridge closed\n\nThe river bridge was closed after inspectors found cracks in two piers. "
                        + LONG_ONE),
                dated("b", dates[1], "Repairs funded\n\nThe state approved twelve million dollars for new steel piers under the bridge. "
                        + LONG_ONE),
                dated("c", dates[2], "Bridge reopens\n\nTraffic returned to the bridge on a rebuilt deck after eight months of work. "
                        + LONG_ONE));
    }

    private static Briefing brief(List<RawDocument> docs) {
        return Storybrief.builder().words(60).build().briefDocuments("bridge", docs, List.of());
    }

    @Test
    void articlesSpreadOverMonthsEachGiveTheirDevelopment() {
        Briefing b = brief(articles("2025-01-10", "2025-04-02", "2025-09-20"));
        assertThat(b.summary()).extracting(s -> s.sentence().articleId()).contains("a", "b", "c");
        assertThat(b.summary()).extracting(SummarySentence::text)
                .anyMatch(t -> t.contains("twelve million")).anyMatch(t -> t.contains("eight months"));
    }

    @Test
    void theSpanDecidesWhatIsADevelopingStory() {
        Storybrief storybrief = Storybrief.builder().build();
        assertThat(DevelopingStory.is(storybrief.story("s", articles("2025-01-10", "2025-04-02", "2025-09-20"),
                new java.util.ArrayList<>()))).isTrue();
        assertThat(DevelopingStory.is(storybrief.story("s", articles("2025-01-10", "2025-01-11", "2025-01-12"),
                new java.util.ArrayList<>()))).isFalse();
    }

    @Test
    void theNoteSaysWhatTheSummaryDidWithAFollowUp() {
        List<RawDocument> docs = new java.util.ArrayList<>(articles("2025-01-10", "2025-01-11", "2025-01-12"));
        docs.add(dated("d", "2025-09-20", "Bridge reopens\n\nThe river bridge reopened to traffic on a rebuilt deck. "
                + LONG_ONE));
        Briefing b = brief(docs);
        assertThat(b.laterArticles()).containsExactly("d");
        boolean summarised = b.summary().stream().anyMatch(s -> s.sentence().articleId().equals("d"));
        assertThat(b.warnings()).anyMatch(n -> n.startsWith("note d is from another period")
                && n.endsWith(summarised ? "summarised as a later development" : "kept out of the summary"));
    }

    /** A fire at a depot told over five weeks by three outlets, with many facts a day, and its trial months later. */
    private static List<RawDocument> weeksAndATrial() {
        return List.of(
                dated("w1", "2026-02-03", "Depot fire\n\nA fire at the Orlan fuel depot in Kestwick forced about 900 "
                        + "residents from their homes on Tuesday. Twelve firefighters were treated for smoke. The depot "
                        + "stores diesel and heating oil for the region. Flames rose forty metres above the tanks. Roads "
                        + "around the depot were closed overnight."),
                dated("w2", "2026-02-04", "Residents return\n\nResidents of Kestwick returned home a day after the "
                        + "depot fire. Fire chief Lena Hart said the air was safe again. Two tanks were destroyed in the "
                        + "blaze. The depot's owner said it would pay for the cleaning of homes."),
                dated("w3", "2026-02-18", "Valve blamed\n\nInspectors found that a leaking valve at the Orlan depot "
                        + "started the fire. The valve had not been checked for three years. The inspectors sent their "
                        + "findings to prosecutors."),
                dated("w4", "2026-03-10", "Buffer zone\n\nA report on the Kestwick depot fire calls for a buffer zone "
                        + "of two kilometres around fuel depots. The report says the town grew too close to the tanks. "
                        + "The minister said the rule would be written into law this year."),
                dated("w5", "2026-09-14", "Trial opens\n\nTwo managers of the Orlan depot went on trial on Monday "
                        + "accused of negligence. Prosecutors say they ignored warnings about the valve. The trial is "
                        + "expected to last four weeks."));
    }

    @Test
    void theNoteSaysAFollowUpIsSummarisedWhenTheSummaryHoldsASentenceOfIt() {
        Briefing b = Storybrief.builder().words(50).build().briefDocuments("depot", weeksAndATrial(), List.of());
        assertThat(b.laterArticles()).containsExactly("w5");
        assertThat(b.summary()).extracting(SummarySentence::source).contains("w5");
        assertThat(b.warnings()).anyMatch(n -> n.startsWith("note w5 is from another period")
                && n.endsWith("summarised as a later development"));
    }

    @Test
    void theNoteSaysAFollowUpWasLeftOutWhenNoSentenceOfItFits() {
        // at 14 words only the story's best sentence fits: the note must not promise the trial
        Briefing b = Storybrief.builder().words(14).build().briefDocuments("depot", weeksAndATrial(), List.of());
        assertThat(b.summary()).extracting(SummarySentence::source).doesNotContain("w5");
        assertThat(b.warnings()).anyMatch(n -> n.startsWith("note w5 is from another period")
                && n.endsWith("left out of the summary (its 14 words went to the other articles)"))
                .noneMatch(n -> n.contains("summarised as a later development"));
    }
}
