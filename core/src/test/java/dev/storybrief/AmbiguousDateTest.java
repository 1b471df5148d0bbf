package dev.storybrief;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.ingest.RawDocument;
import dev.storybrief.ingest.SourceFormat;
import dev.storybrief.model.Briefing;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A slashed stamp nothing in the article reads (3 April or 4 March?) is left out, and said in one line. */
class AmbiguousDateTest {

    private static RawDocument text(String id, String text) {
        return new RawDocument(id, Path.of(id + ".txt"), SourceFormat.TEXT, text, Map.of());
    }

    @Test
    void anAmbiguousStampIsAWarningAndAReadableOneIsNot() {
        List<RawDocument> documents = List.of(
                text("plain", "Harbour council shuts ferry terminal\nPosted 03/04/2026\n\nThe harbour council voted"
                        + " on Tuesday to close the old ferry terminal at Kestrel Point. Engineers said the pier was"
                        + " unsafe after the winter storms."),
                text("timed", "Ferry terminal to close\nPosted 03/04/2026 10:15 AM ET\n\nThe harbour council voted"
                        + " to close the old ferry terminal at Kestrel Point. Residents said they would appeal."));
        Briefing briefing = Storybrief.builder().build().briefDocuments("harbour", documents, new ArrayList<>());
        assertThat(briefing.warnings()).filteredOn(w -> w.contains("day or month first"))
                .containsExactly("warning plain.txt: \"Posted 03/04/2026\" could be day or month first and nothing in the"
                        + " article says which; left out (give --date plain=YYYY-MM-DD)");
        assertThat(briefing.articles()).extracting(a -> a.id()).contains("plain", "timed");
    }
}
