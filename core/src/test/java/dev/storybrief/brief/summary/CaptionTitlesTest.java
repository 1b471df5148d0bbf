package dev.storybrief.brief.summary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.TestArticle;
import dev.storybrief.group.StoryGrouper;
import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.Story;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A text without a title of its own gets its first line for one, and on a copied page that line is often a picture's
 * credit or caption: such a title heads no briefing. Made-up reports of a made-up accident.
 */
class CaptionTitlesTest {
    private static final LocalDate DAY = LocalDate.of(2026, 6, 9);

    private static AnalyzedArticle article(String id, String title, String... paragraphs) {
        return TestArticle.of(id, paragraphs).title(title).outlet(id).published(DAY, "page").analyzed();
    }

    private static final String[] FIRST = {
        "A two-year-old boy was found unconscious in a parked car outside a house in Orrin on Tuesday, the county"
                + " sheriff's office said.",
        "The boy was taken to Orrin General Hospital, where he was in stable condition on Wednesday."};
    private static final String[] SECOND = {
        "Deputies in Orrin found a two-year-old boy unconscious in a parked car on Tuesday afternoon.",
        "The sheriff's office said the boy's parents were questioned and no charges had been filed."};

    @Test
    void aCreditOrCaptionTitleHeadsNoBriefing() {
        Story credited = new StoryGrouper().group("s", List.of(
                article("a", "(Orrin County Sheriff's Office)", FIRST), article("b", null, SECOND)));
        assertThat(StoryHeadlines.of(credited, Set.of(), List.of())).isNull();
        Story captioned = new StoryGrouper().group("s", List.of(
                article("a", "Deputies outside the house in Orrin where the boy was found on Tuesday. (Orrin County"
                        + " Sheriff's Office photo)", FIRST),
                article("b", "Boy found unconscious in parked car", SECOND)));
        assertThat(StoryHeadlines.of(captioned, Set.of(), List.of())).isEqualTo("Boy found unconscious in parked car");
    }

    @Test
    void readsCreditsAndCaptionsButNotTitlesWithBrackets() {
        assertThat(List.of("(Metro Police Department)", "[AP Photo/Jane Doe]", "Smoke over the port. (Photo: Harbour"
                + " Wire)", "In this undated photo released by the navy, a trainee swims.", "Flood in Orrin (file photo)"))
                .allMatch(CaptionTitles::isCaption);
        assertThat(List.of("Orrin (Texas) mayor resigns after audit", "Boy found in car [updated]",
                "Port strike ends (again)")).noneMatch(CaptionTitles::isCaption);
    }
}
