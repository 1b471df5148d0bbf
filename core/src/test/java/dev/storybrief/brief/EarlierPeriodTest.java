package dev.storybrief.brief;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.Storybrief;
import dev.storybrief.ingest.MetaKey;
import dev.storybrief.ingest.RawDocument;
import dev.storybrief.ingest.SourceFormat;
import dev.storybrief.model.Briefing;
import dev.storybrief.model.TimelineEvent;
import dev.storybrief.model.TimelinePart;
import dev.storybrief.render.TextRenderer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An article of the same story written four months before the rest is set apart as another period, like a follow-up;
 * it is background, not a "later follow-up": its events stand before the story, in the timeline's background.
 */
class EarlierPeriodTest {

    private static RawDocument dated(String id, String date, String text) {
        return new RawDocument(id, Path.of(id + ".txt"), SourceFormat.TEXT, text, Map.of(MetaKey.PUBLISHED, date));
    }

    private static final List<RawDocument> STORY = List.of(
            dated("early", "2025-11-03", "Engineers inspect Kestrel Point pier\n\nEngineers began an inspection of the pier"
                    + " at the Kestrel Point ferry terminal on Monday after cracks were found in its supports. The harbour"
                    + " council said the ferry terminal would stay open during the inspection."),
            dated("vote", "2026-03-12", "Council votes to close ferry terminal\n\nThe harbour council voted on Tuesday to"
                    + " close the old ferry terminal at Kestrel Point after engineers said the pier was unsafe. The"
                    + " terminal will shut on March 31, the council said."),
            dated("wire", "2026-03-13", "Ferry terminal to close\n\nThe old ferry terminal at Kestrel Point will close on"
                    + " March 31 after the harbour council voted on Tuesday to shut it, citing the engineers' report on"
                    + " the unsafe pier."),
            dated("appeal", "2026-03-14", "Residents appeal\n\nResidents of Kestrel Point lodged an appeal on Friday"
                    + " against the harbour council's decision to close the old ferry terminal."));

    @Test
    void anArticleMonthsBeforeTheStoryIsBackgroundNotAFollowUp() {
        Briefing briefing = Storybrief.builder().build().briefDocuments("terminal", STORY, List.of());
        assertThat(briefing.laterArticles()).containsExactly("early");
        assertThat(briefing.isEarlier("early")).isTrue();
        assertThat(briefing.timeline()).filteredOn(e -> e.date().equals("2025-11-03"))
                .extracting(TimelineEvent::part).containsExactly(TimelinePart.BACKGROUND);
        assertThat(briefing.timeline()).noneMatch(TimelineEvent::later);
        String text = new TextRenderer().render(briefing, false).replaceAll("\\s+", " ");
        assertThat(text).doesNotContain("later follow-up").contains("[earlier background]");
        assertThat(briefing.warnings()).anyMatch(w -> w.contains("early is from an earlier period"))
                .noneMatch(w -> w.contains("follow-up"));
    }

    @Test
    void anArticleMonthsAfterTheStoryStaysALaterFollowUp() {
        List<RawDocument> withLater = List.of(STORY.get(1), STORY.get(2), STORY.get(3),
                dated("reopened", "2026-09-01", "Terminal reopens\n\nThe Kestrel Point ferry terminal reopened on Tuesday"
                        + " after the harbour council rebuilt the pier."));
        Briefing briefing = Storybrief.builder().build().briefDocuments("terminal", withLater, List.of());
        assertThat(briefing.laterArticles()).containsExactly("reopened");
        assertThat(briefing.isEarlier("reopened")).isFalse();
        assertThat(new TextRenderer().render(briefing, false).replaceAll("\\s+", " ")).contains("[later follow-up]");
    }
}
