package dev.storybrief.brief.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.TestArticle;
import dev.storybrief.group.StoryGrouper;
import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.Story;
import dev.storybrief.model.TimelineEvent;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A timeline row is not credited to an outlet that tells its event with another figure of the same kind. */
class TimelineRowFiguresTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 9, 14);

    private static AnalyzedArticle article(String id, String outlet, LocalDate date, String... paragraphs) {
        return TestArticle.of(id, paragraphs).outlet(outlet).published(date, "page").analyzed();
    }

    @Test
    void anotherPrisonTermIsNotCreditedOnTheRow() {
        Story story = new StoryGrouper().group("s", List.of(
                article("record", "Tarn Record", MONDAY,
                        "Former Pellan mayor Otto Brask was sentenced on Monday to six years in prison for taking bribes."),
                article("courier", "Tarn Courier", MONDAY,
                        "Former Pellan mayor Otto Brask was sentenced on Monday to seven years in prison for taking bribes.")));
        List<TimelineEvent> rows = new TimelineBuilder(15).build(story);
        assertThat(rows).isNotEmpty().allSatisfy(row -> assertThat(row.sources()).hasSize(1));
    }
}
