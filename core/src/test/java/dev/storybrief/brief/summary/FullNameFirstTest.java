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
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The summary names a person in full where it first names them, though the sentence it took wrote the surname
 * alone; a later mention stays as written. The texts are made up.
 */
class FullNameFirstTest {
    private static RawDocument doc(String id, String text) {
        return new RawDocument(id, Path.of(id + ".txt"), SourceFormat.TEXT, text,
                Map.of(MetaKey.PUBLISHED, "2026-05-04"));
    }

    @Test
    void theFirstMentionShowsTheFullNameTheArticlesGive() {
        for (int budget : new int[]{20, 40}) {
            Briefing b = Storybrief.builder().words(budget).build().briefDocuments("aid", List.of(
                    doc("a", "Tamsin Okonjo, who has run the relief agency since 2019, toured the delta by boat with two "
                            + "ministers.\n\nOkonjo said food aid had saved thousands of lives in the flooded delta since "
                            + "the floods began.\n\nOkonjo added that the agency would need more boats to reach the outer "
                            + "villages."),
                    doc("b", "Okonjo said food aid had saved thousands of lives in the flooded delta since the floods "
                            + "began.\n\nThe river rose three metres in two days, flooding forty villages."),
                    doc("c", "Okonjo said food aid had saved thousands of lives in the flooded delta.\n\n"
                            + "The river rose three metres in two days and flooded forty villages, officials said.")),
                    List.of());
            String summary = b.summary().stream().map(SummarySentence::text).collect(Collectors.joining(" "));
            assertThat(summary).as("budget %d", budget).contains("Okonjo");
            int first = summary.indexOf("Okonjo");
            assertThat(summary.substring(0, first)).as(summary).endsWith("Tamsin ");
            assertThat(summary.indexOf("Tamsin", first)).as("named in full once: %s", summary).isNegative();
            assertThat(b.summaryWords()).isLessThanOrEqualTo(budget)
                    .isEqualTo(b.summary().stream().mapToInt(s -> dev.storybrief.model.Words.count(s.text())).sum());
        }
    }
}
