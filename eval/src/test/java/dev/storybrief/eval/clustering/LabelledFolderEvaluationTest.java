package dev.storybrief.eval.clustering;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The labelled folder's story names and the count of stories found exactly. */
class LabelledFolderEvaluationTest {
    @Test
    void aFileNamesItsStoryBeforeItsLastDash() {
        assertThat(LabelledFolderEvaluation.storyOf("zh-rain-a")).isEqualTo("zh-rain");
        assertThat(LabelledFolderEvaluation.storyOf("ja-shinkansen-c")).isEqualTo("ja-shinkansen");
    }

    @Test
    void aStoryCountsWhenFoundAsOneGroupOfExactlyItsArticles() {
        Map<String, String> truth = Map.of("a-1", "a", "a-2", "a", "b-1", "b", "b-2", "b", "c-1", "c");
        // a whole; b split; c joined with half of b
        Map<String, String> found = Map.of("a-1", "s1", "a-2", "s1", "b-1", "s2", "b-2", "s3", "c-1", "s3");
        assertThat(LabelledFolderEvaluation.exactly(found, truth)).isEqualTo(1);
        assertThat(LabelledFolderEvaluation.exactly(truth, truth)).isEqualTo(3);
    }
}
