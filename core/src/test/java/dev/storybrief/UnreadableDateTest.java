package dev.storybrief;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.ingest.MetaKey;
import dev.storybrief.ingest.RawDocument;
import dev.storybrief.ingest.SourceFormat;
import dev.storybrief.model.Briefing;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A date the input gives that is no date is said in one line; the article is briefed as undated, not dropped. */
class UnreadableDateTest {

    private static RawDocument document(String id, String date, String text) {
        return new RawDocument(id, null, SourceFormat.JSON_LINES, text,
                Map.of(MetaKey.PUBLISHED, date, MetaKey.PUBLISHED_ORIGIN, "JSON field \"date\""));
    }

    @Test
    void anUnreadableDateIsAWarningAndTheArticleStays() {
        List<RawDocument> documents = List.of(
                document("good", "2026-03-12", "The harbour council voted on Tuesday to close the old ferry terminal."
                        + " Engineers said the pier was unsafe after the winter storms."),
                document("bad", "2026-13-45", "The harbour council voted to close the old ferry terminal at Kestrel"
                        + " Point. Residents said they would appeal the decision."));
        Briefing briefing = Storybrief.builder().build().briefDocuments("harbour", documents, new ArrayList<>());
        assertThat(briefing.warnings()).filteredOn(w -> w.contains("is not a date"))
                .containsExactly("warning bad: its date \"2026-13-45\" is not a date; read as undated"
                        + " (give --date bad=YYYY-MM-DD)");
        assertThat(briefing.articles()).extracting(a -> a.id()).contains("bad", "good");
    }
}
