package dev.storybrief.eval.baseline;

import dev.storybrief.brief.summary.Summarizer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storybrief.eval.dataset.EvalData;
import dev.storybrief.model.Story;
import dev.storybrief.model.SummarySentence;
import java.util.List;
import org.junit.jupiter.api.Test;

class BaselinesTest {

    @Test
    void everyNameGivesTheBaselineOfThatName() {
        assertThat(Baselines.names())
                .containsExactly("lead", "random", "centroid", "lexrank", "lexrank-t0.1", "textrank", "mmr");
        for (String name : Baselines.names()) {
            assertThat(Baselines.byName(name, 1L).name()).isEqualTo(name);
            assertThat(Baselines.byName(name, 1L, true).name()).isEqualTo(name);
        }
        assertThat(Baselines.all(1L, false)).extracting(Summarizer::name).containsExactlyElementsOf(Baselines.names());
        assertThat(((RandomBaseline) Baselines.byName("random", 99L)).seed()).isEqualTo(99L);
    }

    @Test
    void oneInstanceSharedByThreadsGivesTheSameSummariesAsOneAtATime() {
        List<Story> stories = EvalData.ducStories().subList(10, 22);
        for (Summarizer baseline : Baselines.all(9L, true)) {
            List<List<SummarySentence>> sequential = stories.stream().map(s -> baseline.summarize(s, 100)).toList();
            List<List<SummarySentence>> parallel = stories.parallelStream().map(s -> baseline.summarize(s, 100)).toList();
            assertThat(parallel).as(baseline.name()).isEqualTo(sequential);
        }
    }

    @Test
    void anUnknownNameIsAOneLineErrorListingTheKnownOnes() {
        assertThatThrownBy(() -> Baselines.byName("oracle", 1L))
                .isInstanceOf(UnknownBaselineException.class)
                .hasMessage("unknown baseline \"oracle\"; known: lead, random, centroid, lexrank, lexrank-t0.1, "
                        + "textrank, mmr");
    }
}
