package dev.storybrief.eval.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.SharedData;
import dev.storybrief.eval.dataset.EvalData;
import dev.storybrief.eval.run.Progress;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The two reference timeline systems, on made-up articles and on the smallest Timeline17 topic. */
class ReferenceTimelineSystemsTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2011, 10, 21);

    private static TimelineCollection collection() {
        return new TimelineCollection("made-up", List.of(
                new TimelineArticle("a", PUBLISHED, "The council voted on Oct. 19 to close the old bridge.\n"
                        + "Repairs began on Oct. 20 after the vote.\nResidents were not happy about the long detour."),
                new TimelineArticle("b", PUBLISHED, "On Oct. 19 the council voted to close the bridge for repairs.\n"
                        + "The mayor said the work would take a year."),
                new TimelineArticle("c", PUBLISHED.plusDays(1), "The bridge closure approved on Oct. 19 angered drivers.")));
    }

    @Test
    void dateMentionsPicksTheDayMostArticlesNameAndItsMostCentralSentence() {
        TimelineConstraints one = new TimelineConstraints(1, 1, LocalDate.of(2011, 10, 1), LocalDate.of(2011, 10, 31));
        Timeline timeline = SummarizerTimeline.dateMentions().summarize(collection(), one);
        assertThat(timeline.dates()).containsExactly(LocalDate.of(2011, 10, 19));
        assertThat(timeline.sentences(LocalDate.of(2011, 10, 19))).hasSize(1);
        assertThat(timeline.sentences(LocalDate.of(2011, 10, 19)).get(0)).contains("council voted");
    }

    @Test
    void dateMentionsStaysInsideTheRangeAndNeverRepeatsASentence() {
        TimelineConstraints range = new TimelineConstraints(5, 2, LocalDate.of(2011, 10, 20), LocalDate.of(2011, 10, 22));
        Timeline timeline = SummarizerTimeline.dateMentions().summarize(collection(), range);
        range.check("date-mentions", timeline);
        assertThat(timeline.dates()).doesNotContain(LocalDate.of(2011, 10, 19)).contains(LocalDate.of(2011, 10, 20));
        assertThat(timeline.allSentences()).doesNotHaveDuplicates();
    }

    @Test
    void randomDatesIsReproducibleForOneSeed() {
        TimelineConstraints c = new TimelineConstraints(2, 1, LocalDate.of(2011, 10, 1), LocalDate.of(2011, 10, 31));
        Timeline first = new RandomDateTimeline(7).summarize(collection(), c);
        assertThat(new RandomDateTimeline(7).summarize(collection(), c)).isEqualTo(first);
        c.check("random", first);
        assertThat(first.size()).isEqualTo(2);
    }

    /**
     * The harness end to end on the smallest development topic (MJ, 138 articles, one gold timeline of 37 dates): the
     * mention-count system must beat random dates on date F1 and on both alignment ROUGE figures, as a harness that
     * measures anything must show.
     */
    @Test
    void onTimeline17TheMentionCountSystemBeatsRandomDates() {
        List<TimelineTopic> topics = TimelineDataset.load(SharedData.evalData("timeline17/MJ.jsonl"));
        List<TimelineRun> runs = new TimelineEvaluation(EvalData.rouge(), Progress.silent())
                .run(topics, List.of(new RandomDateTimeline(42), SummarizerTimeline.dateMentions()));
        TimelineRun random = runs.get(0);
        TimelineRun mentions = runs.get(1);
        System.out.printf("MJ: random dates F1 %.3f AR-1 %.3f AR-2 %.3f; date-mentions %.3f %.3f %.3f%n",
                random.dates().f1(), random.aligned1().f1(), random.aligned2().f1(), mentions.dates().f1(),
                mentions.aligned1().f1(), mentions.aligned2().f1());
        assertThat(mentions.timelines()).singleElement().satisfies(s -> assertThat(s.returnedDates()).isEqualTo(37));
        assertThat(mentions.dates().f1()).isGreaterThan(random.dates().f1() + 0.1);
        assertThat(mentions.aligned1().f1()).isGreaterThan(random.aligned1().f1());
        assertThat(mentions.aligned2().f1()).isGreaterThan(random.aligned2().f1());
        assertThat(mentions.concat1().f1()).isBetween(0.2, 0.7);
    }
}
