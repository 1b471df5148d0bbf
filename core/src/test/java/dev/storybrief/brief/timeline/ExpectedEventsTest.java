package dev.storybrief.brief.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.TestArticle;
import dev.storybrief.group.StoryGrouper;
import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.TimelineEvent;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A timeline row that every reporting article told before its date is marked as expected, not done. */
class ExpectedEventsTest {
    private static final LocalDate MARCH_2 = LocalDate.of(2026, 3, 2);
    private static final LocalDate MARCH_11 = LocalDate.of(2026, 3, 11);

    private static AnalyzedArticle article(String id, LocalDate published, String text) {
        return TestArticle.of(id, text).published(published).analyzed();
    }

    private static TimelineEvent on(List<TimelineEvent> timeline, String date) {
        return timeline.stream().filter(e -> e.date().equals(date)).findFirst()
                .orElseThrow(() -> new AssertionError("no row on " + date + ": " + timeline));
    }

    @Test
    void aVoteOnlyAnnouncedIsExpectedAsOfItsArticleAndAVoteReportedAfterwardsIsNot() {
        AnalyzedArticle preview = article("preview", MARCH_2,
                "The Millbrook council will vote on the river bridge closure on March 10, officials said. "
                        + "Engineers found deep cracks in the bridge piers during an inspection on March 1.");
        List<TimelineEvent> announced = new TimelineBuilder(10).build(
                new StoryGrouper().group("s", List.of(preview)));
        assertThat(on(announced, "2026-03-10").expectedAsOf()).isEqualTo(MARCH_2);
        assertThat(on(announced, "2026-03-01").expected()).as("an inspection already made").isFalse();

        AnalyzedArticle report = article("report", MARCH_11,
                "The Millbrook council voted on the river bridge closure on March 10 after engineers found cracks.");
        List<TimelineEvent> reported = new TimelineBuilder(10).build(
                new StoryGrouper().group("s", List.of(preview, report)));
        TimelineEvent vote = on(reported, "2026-03-10");
        assertThat(vote.sources()).as("the preview only announced the vote (QA16 #11)").containsExactly("report");
        assertThat(vote.expected()).isFalse();
    }

    @Test
    void anArticleWrittenBeforeTheEventOnlyForetoldIt() {
        assertThat(TimelineBuilder.foretold(MARCH_2, LocalDate.of(2026, 3, 10))).isTrue();
        assertThat(TimelineBuilder.foretold(MARCH_11, LocalDate.of(2026, 3, 10))).isFalse();
        assertThat(TimelineBuilder.foretold(LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 10))).isFalse();
        assertThat(TimelineBuilder.foretold(null, LocalDate.of(2026, 3, 10))).isFalse();
    }

    @Test
    void theLatestReportBeforeTheDateCountsAndAnUndatedReportDecidesNothing() {
        assertThat(TimelineBuilder.expectedAsOf("2026-03-10", List.of(MARCH_2, LocalDate.of(2026, 3, 5))))
                .isEqualTo(LocalDate.of(2026, 3, 5));
        assertThat(TimelineBuilder.expectedAsOf("2026-03-10", List.of(MARCH_2, LocalDate.of(2026, 3, 10)))).isNull();
        assertThat(TimelineBuilder.expectedAsOf("2026-03", List.of(MARCH_2))).as("a month already begun").isNull();
        assertThat(TimelineBuilder.expectedAsOf("2026-04", List.of(MARCH_2))).isEqualTo(MARCH_2);
        assertThat(TimelineBuilder.expectedAsOf("2026-03-10", Arrays.asList(MARCH_2, null))).isNull();
    }
}
