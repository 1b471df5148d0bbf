package dev.storybrief.brief.summary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.Storybrief;
import dev.storybrief.ingest.RawDocument;
import dev.storybrief.ingest.SourceFormat;
import dev.storybrief.model.Briefing;
import dev.storybrief.model.SummarySentence;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What happened years before the articles' date is the news's background: even when both reports open with it, the
 * summary takes the news first. The articles are made up.
 */
class NewsBeforeHistoryTest {
    private static RawDocument doc(String id, String text) {
        return new RawDocument(id, Path.of(id + ".txt"), SourceFormat.TEXT, text, Map.of());
    }

    @Test
    void aSentenceOfYearsAgoGivesWayToTheNews() {
        String post = "Kelby mill to close\n\nPublished 2026-03-02\n\n"
                + "In 1952, the Kelby mill opened on the river Oster with 400 workers from Kelby.\n\n"
                + "The Kelby mill will close in June with the loss of 120 jobs, its owner said.";
        String courier = "End of an era for the Kelby mill\n\nPublished 2026-03-02\n\n"
                + "In 1952, the Kelby mill opened beside the river Oster and hired 400 workers from Kelby.\n\n"
                + "Mill owner Oster Grain said on Monday that the Kelby mill would close in June, cutting 120 jobs.";
        Briefing briefing = Storybrief.builder().words(18).build().briefDocuments("kelby",
                List.of(doc("post", post), doc("courier", courier)), List.of());
        assertThat(briefing.summary()).isNotEmpty().extracting(SummarySentence::text)
                .noneMatch(t -> t.contains("1952"))
                .anyMatch(t -> t.contains("close in June") || t.contains("would close"));
    }
}
