package dev.storybrief.brief;

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
}
