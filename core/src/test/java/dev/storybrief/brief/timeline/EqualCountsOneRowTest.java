package dev.storybrief.brief.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.TestArticle;
import dev.storybrief.group.StoryGrouper;
import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.TimelineEvent;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Two outlets tell one evacuation in words of their own, the same count of the same people on the same day: their
 * sentences share too few words to come within {@link TimelineBuilder#SAME_EVENT}, and the event was two rows of one
 * outlet each. The same count on the same day is one event, one row crediting both. A count of another value, or a
 * small one (two people may be two happenings), stays apart. Every article is of Saturday, 2026-12-05.
 */
class EqualCountsOneRowTest {
    private static final LocalDate SATURDAY = LocalDate.of(2026, 12, 5);

    private static AnalyzedArticle article(String id, String outlet, String... paragraphs) {
        return TestArticle.of(id, paragraphs).outlet(outlet).published(SATURDAY, "page").analyzed();
    }

    @Test
    void oneCountOfOneDayIsOneRowOfBothOutlets() {
        List<TimelineEvent> rows = new TimelineBuilder(15).build(new StoryGrouper().group("s", List.of(
                article("courier", "Arlen Courier",
                        "Officials moved 140 residents out of low streets in Arlen on Friday as the Tarn kept rising past"
                                + " the old stone bridge.",
                        "The river crested at 6.2 metres on Thursday night, the flood agency said."),
                article("gazette", "Tarn Gazette",
                        "Firefighters, police cadets and volunteers evacuated 140 people at dawn on Friday,"
                                + " the county reported.",
                        "Schools in the valley will stay shut until Monday."))));
        assertThat(rows).filteredOn(r -> r.date().equals("2026-12-04") && r.text().contains("140")).singleElement()
                .satisfies(r -> assertThat(r.sources()).containsExactlyInAnyOrder("courier", "gazette"));
    }

    @Test
    void anotherCountOrASmallOneStaysItsOwnRow() {
        List<TimelineEvent> rows = new TimelineBuilder(15).build(new StoryGrouper().group("s", List.of(
                article("courier", "Arlen Courier",
                        "Officials moved 140 residents out of low streets in Arlen on Friday as the Tarn kept rising.",
                        "Two residents were hurt by a falling wall in Arlen on Friday, the hospital said."),
                article("gazette", "Tarn Gazette",
                        "On Friday 90 residents had to leave their homes near the swollen river, firefighters reported.",
                        "Two residents drowned near the old mill on Friday as the water rose."))));
        assertThat(rows).filteredOn(r -> r.date().equals("2026-12-04")).allSatisfy(r ->
                assertThat(r.sources()).hasSize(1));
    }
}
