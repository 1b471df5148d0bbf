package dev.storybrief.brief.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.TestArticle;
import dev.storybrief.group.StoryGrouper;
import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.Story;
import dev.storybrief.model.TimelineEvent;
import dev.storybrief.model.TimelinePart;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The timeline places "Two days later" and "A year earlier" where the analyze stage counted them: from the event told
 * before them, not from the article's date. Background years stay background. Made-up reports of a made-up food recall.
 */
class CountedDatesTest {
    private static final LocalDate TUESDAY = LocalDate.of(2026, 3, 10);

    private static AnalyzedArticle article(String id, String outlet, LocalDate date, String... paragraphs) {
        return TestArticle.of(id, paragraphs).outlet(outlet).published(date, "page").analyzed();
    }

    private static List<TimelineEvent> timeline() {
        Story story = new StoryGrouper().group("recall", List.of(
                article("echo", "Northern Echo", TUESDAY,
                        "Harlan Foods recalled 40,000 frozen meals on Monday after inspectors found listeria at its plant"
                                + " in Dunmore, the Food Standards Agency said.",
                        "Inspectors first visited the Harlan Foods plant in Dunmore on March 2. Two days later, they ordered"
                                + " the production line at the plant closed.",
                        "In 2019 Harlan Foods had recalled chicken pies from the Dunmore plant over a labelling error.",
                        "A year earlier, the Dunmore plant had passed a full listeria inspection, the agency said."),
                article("courier", "Daily Courier", TUESDAY.plusDays(1),
                        "Harlan Foods widened its recall of frozen meals on Tuesday after listeria was found at its"
                                + " Dunmore plant, the Food Standards Agency said.",
                        "Harlan Foods employs 600 people at the Dunmore plant.")));
        return new TimelineBuilder(15).build(story);
    }

    @Test
    void twoDaysLaterCountsFromTheDayToldBefore() {
        assertThat(timeline()).anySatisfy(row -> {
            assertThat(row.text()).contains("ordered the production line");
            assertThat(row.date()).isEqualTo("2026-03-04");
        }).noneSatisfy(row -> {
            assertThat(row.text()).contains("ordered the production line");
            assertThat(row.date()).isNotEqualTo("2026-03-04");
        });
    }

    @Test
    void aYearEarlierCountsFromTheYearToldBeforeAndIsBackground() {
        assertThat(timeline()).anySatisfy(row -> {
            assertThat(row.text()).contains("passed a full listeria inspection");
            assertThat(row.date()).isEqualTo("2018");
            assertThat(row.part()).isEqualTo(TimelinePart.BACKGROUND);
        }).noneSatisfy(row -> {
            assertThat(row.date()).startsWith("20").hasSize(4);
            assertThat(row.part()).isEqualTo(TimelinePart.STORY);
        });
    }
}
