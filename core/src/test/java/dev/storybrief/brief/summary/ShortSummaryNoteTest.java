package dev.storybrief.brief.summary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.Storybrief;
import dev.storybrief.ingest.RawDocument;
import dev.storybrief.ingest.SourceFormat;
import dev.storybrief.model.Briefing;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ShortSummaryNoteTest {
    private static Briefing brief(String... texts) {
        List<RawDocument> documents = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            documents.add(new RawDocument("a" + i, null, SourceFormat.TEXT, texts[i], Map.of()));
        }
        return Storybrief.builder().build().briefDocuments("folder", documents, new ArrayList<>());
    }

    @Test
    void aSummaryFarShortOfItsBudgetSaysWhyTheRestIsLeftOut() {
        // two short reports: one sentence of each repeats the other's, and one line is too short to stand alone
        Briefing b = brief("Ferry strike halts Kelby crossings\n\n"
                        + "Ferry workers in Kelby began a three-day strike on Monday over pay.\n\n"
                        + "Talks resume Thursday.",
                "Kelby ferry workers strike\n\n"
                        + "Ferry workers at Kelby started a three-day strike on Monday in a dispute over pay.\n\n"
                        + "The union said its members had rejected the operator's latest offer of four percent.");
        assertThat(b.summaryWords()).isLessThan(60);
        assertThat(b.warnings()).filteredOn(w -> w.startsWith("note summary: " + b.summaryWords() + " of 120 words"))
                .singleElement().asString()
                .contains("1 repeats a line shown").contains("1 cannot stand alone");
    }

    @Test
    void aFullSummaryHasNoSuchNote() {
        StringBuilder text = new StringBuilder("Council approves Kelby budget\n\n");
        for (int i = 1; i <= 14; i++) {
            text.append("The council approved spending item number ").append(i)
                    .append(" for the ").append(new String[] {"library", "harbour", "schools", "roads", "parks",
                            "museum", "pool", "market", "station", "bridge", "clinic", "depot", "theatre", "square"}[i - 1])
                    .append(" after a long debate among councillors.\n\n");
        }
        Briefing b = brief(text.toString());
        assertThat(b.summaryWords()).isGreaterThanOrEqualTo(60);
        assertThat(b.warnings()).noneMatch(w -> w.startsWith("note summary"));
    }
}
