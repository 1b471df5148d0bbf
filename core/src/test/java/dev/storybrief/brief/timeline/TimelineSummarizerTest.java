package dev.storybrief.brief.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.model.Article;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A developing story told over days: each day of the timeline is told by a sentence reporting that day's event, the
 * lead of the article written for it first, never by a later article looking back at the day ("bringing the toll
 * from Monday's flood to four").
 */
class TimelineSummarizerTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 5, 4);
    private static final LocalDate WEDNESDAY = LocalDate.of(2026, 5, 6);
    private static final String FLOOD_LEAD = "A flash flood swept through the river town of Kelby on Monday evening,"
            + " killing two people and cutting the only road to the valley, the fire service said.";
    private static final String LOOK_BACK = "Divers recovered the body of the last missing fisherman on Wednesday,"
            + " bringing the toll from Monday's flood in Kelby to four, the fire service said.";

    private static Article article(String id, LocalDate published, String... lines) {
        return new Article(id, null, null, null, null, published, "dataset", List.of(lines), List.of());
    }

    private static DatedSentencePool story() {
        return DatedSentencePool.annotate(List.of(
                article("mon", MONDAY, FLOOD_LEAD,
                        "Firefighters were searching for two fishermen still missing near the Kelby weir.",
                        "About 300 residents spent the night in the Kelby sports hall."),
                article("wed", WEDNESDAY, LOOK_BACK,
                        "The fire service said the search for the missing fishermen near the Kelby weir had ended.",
                        "The flood in Kelby left 300 residents in the sports hall for a third night.")));
    }

    @Test
    void aDayIsToldByItsOwnEventNotByALaterLookBack() {
        Map<LocalDate, String> timeline = new TimelineSummarizer().summarize(story(), new TimelineRequest(5, 1, null, null))
                .stream().collect(Collectors.toMap(DatedSummary::date, d -> d.sentences().get(0).text()));
        assertThat(timeline).containsEntry(MONDAY, FLOOD_LEAD).containsEntry(WEDNESDAY, LOOK_BACK);
    }

    @Test
    void aSentenceIsACandidateOnlyForTheDaysOfTheEventsItReports() {
        DatedSentencePool pool = story();
        Map<LocalDate, List<String>> candidates = pool.candidatesByDay().entrySet().stream().collect(Collectors.toMap(
                Map.Entry::getKey, e -> e.getValue().stream().map(pool::text).toList()));
        assertThat(candidates.get(MONDAY)).contains(FLOOD_LEAD).doesNotContain(LOOK_BACK);
        assertThat(candidates.get(WEDNESDAY)).contains(LOOK_BACK).doesNotContain(FLOOD_LEAD);
    }

    @Test
    void aDayOnlyNamedAsAnEarlierEventsDayIsStillToldByTheSentenceNamingIt() {
        // the article of the flood's own day is missing: Monday is known only from the look back
        DatedSentencePool pool = DatedSentencePool.annotate(List.of(article("wed", WEDNESDAY, LOOK_BACK)));
        assertThat(pool.candidatesByDay().get(MONDAY)).hasSize(1);
        assertThat(pool.text(pool.candidatesByDay().get(MONDAY).get(0))).isEqualTo(LOOK_BACK);
    }
}
