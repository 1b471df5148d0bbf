package dev.storybrief.eval.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storybrief.eval.dataset.EvalDataException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The protocol's constraints and the data set reader, on made-up timelines. */
class TimelineProtocolTest {
    @TempDir
    Path tmp;

    private static LocalDate day(int d) {
        return LocalDate.of(2011, 3, d);
    }

    @Test
    void constraintsComeFromTheGoldTimelineWithPythonRounding() {
        // 2 dates with 2 and 3 sentences: mean 2.5 rounds half to even, to 2 (Python's round, as news-tls uses)
        Timeline gold = Timeline.of(Map.of(day(3), List.of("a", "b"), day(9), List.of("c", "d", "e")));
        assertThat(TimelineConstraints.of(gold)).isEqualTo(new TimelineConstraints(2, 2, day(3), day(9)));
        // mean 3.5 rounds to 4
        Timeline odd = Timeline.of(Map.of(day(3), List.of("a", "b", "c"), day(4), List.of("a", "b", "c", "d")));
        assertThat(TimelineConstraints.of(odd).sentencesPerDate()).isEqualTo(4);
    }

    @Test
    void checkNamesTheBrokenRule() {
        TimelineConstraints c = new TimelineConstraints(2, 1, day(3), day(9));
        c.check("ok", Timeline.of(Map.of(day(3), List.of("a"), day(9), List.of("b"))));
        assertThatThrownBy(() -> c.check("sys", Timeline.of(Map.of(day(3), List.of("a"), day(4), List.of("b"),
                day(5), List.of("c"))))).isInstanceOf(TimelineProtocolException.class).hasMessage(
                "sys returned 3 dates; the protocol allows 2");
        assertThatThrownBy(() -> c.check("sys", Timeline.of(Map.of(day(10), List.of("a")))))
                .hasMessageContaining("outside 2011-03-03 to 2011-03-09");
        assertThatThrownBy(() -> c.check("sys", Timeline.of(Map.of(day(4), List.of("a", "b")))))
                .hasMessageContaining("2 sentences on 2011-03-04");
    }

    @Test
    void emptySentencesAndEmptyDatesAreDropped() {
        Timeline t = Timeline.of(Map.of(day(3), List.of(" ", "a "), day(4), List.of("")));
        assertThat(t.dates()).containsExactly(day(3));
        assertThat(t.sentences(day(3))).containsExactly("a");
    }

    @Test
    void readerMergesTheSetsOfATopicAndKeepsEachTimeline() throws IOException {
        Path file = tmp.resolve("quake.jsonl");
        Files.writeString(file, String.join("\n",
                "{\"id\":\"quake_a\",\"topic\":\"quake\",\"documents\":[{\"id\":\"a-1\",\"date\":\"2011-03-02\",\"text\":\"One.\\nTwo.\"},"
                        + "{\"id\":\"a-2\",\"date\":\"2011-03-01\",\"text\":\"Shared.\"}],"
                        + "\"timelines\":[{\"id\":\"tl\",\"entries\":[{\"date\":\"2011-03-01\",\"text\":\"First.\\nSecond.\"}]}]}",
                "{\"id\":\"quake_b\",\"topic\":\"quake\",\"documents\":[{\"id\":\"b-9\",\"date\":\"2011-03-01\",\"text\":\"Shared.\"}],"
                        + "\"timelines\":[{\"id\":\"tl\",\"entries\":[{\"date\":\"2011-03-05\",\"text\":\"Later.\"}]}]}",
                "{\"id\":\"flood_x\",\"topic\":\"flood\",\"documents\":[{\"id\":\"x-1\",\"date\":\"2012-01-01\",\"text\":\"Rain.\"}],"
                        + "\"timelines\":[{\"id\":\"t\",\"entries\":[{\"date\":\"2012-01-01\",\"text\":\"Rain.\"}]}]}"));
        assertThat(TimelineDataset.isTimelineData(tmp)).isTrue();
        List<TimelineTopic> topics = TimelineDataset.load(tmp);
        assertThat(topics).extracting(t -> t.collection().id()).containsExactly("quake", "flood");
        TimelineTopic quake = topics.get(0);
        // the article both sets share (same date and text) is kept once; articles are in date order
        assertThat(quake.collection().articles()).extracting(TimelineArticle::id).containsExactly("a-2", "a-1");
        assertThat(quake.timelines()).extracting(TimelineTopic.GoldTimeline::id).containsExactly("quake_a/tl", "quake_b/tl");
        assertThat(quake.timelines().get(0).timeline().sentences(day(1))).containsExactly("First.", "Second.");
    }

    @Test
    void readerRefusesAnUndatedArticle() throws IOException {
        Files.writeString(tmp.resolve("bad.jsonl"), "{\"id\":\"s\",\"documents\":[{\"id\":\"d\",\"text\":\"x\"}],"
                + "\"timelines\":[{\"id\":\"t\",\"entries\":[{\"date\":\"2012-01-01\",\"text\":\"x\"}]}]}\n");
        assertThatThrownBy(() -> TimelineDataset.load(tmp)).isInstanceOf(EvalDataException.class)
                .hasMessageContaining("document d: no \"date\" string");
    }

    @Test
    void summaryDataIsNotTimelineData() throws IOException {
        Files.writeString(tmp.resolve("c.jsonl"), "{\"id\":\"c\",\"documents\":[],\"references\":[\"r\"]}\n");
        assertThat(TimelineDataset.isTimelineData(tmp)).isFalse();
    }
}
