package dev.storybrief.eval.clustering;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.eval.clustering.ArrivalErrors.Candidate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SplitErrorsTest {
    private static final Map<String, String> TRUTH = Map.of("a1", "A", "a2", "A", "b1", "B");

    private static List<Candidate> line(String line) {
        return ArrivalErrors.candidates(line.split("\t"), TRUTH);
    }

    @Test
    void anArticleOutsideItsClustersLargestPieceIsToldByWhatHappenedOnArrival() {
        // joined a story its own cluster started: a second story of the cluster, or one it was moved out of later
        assertThat(SplitErrors.cause("A", line("a2\ta1 0.800 0.300 0.200 0.100\tb1 0.200 0.100 0.000 0.000"), true))
                .isEqualTo(SplitErrors.Cause.JOINED_OWN_CLUSTER);
        // another cluster's story won, though its own scored too
        assertThat(SplitErrors.cause("A", line("a2\tb1 0.500 0.300 0.000 0.000\ta1 0.400 0.200 0.100 0.000"), true))
                .isEqualTo(SplitErrors.Cause.JOINED_OTHER);
        // its own story was a candidate, below the bar: it started a story
        assertThat(SplitErrors.cause("A", line("a2\ta1 -0.300 0.100 0.000 0.000\tb1 -0.100 0.100 0.000 0.000"), true))
                .isEqualTo(SplitErrors.Cause.OWN_BELOW_BAR);
        // its own cluster's story existed but the index or the window did not offer it
        assertThat(SplitErrors.cause("A", line("a2\tb1 -1.000 0.050 0.000 0.000"), true))
                .isEqualTo(SplitErrors.Cause.OWN_NOT_FOUND);
        assertThat(SplitErrors.cause("A", line("a1\tb1 -1.000 0.050 0.000 0.000"), false))
                .isEqualTo(SplitErrors.Cause.FIRST_OF_CLUSTER);
        // a copy or a page template is not placed on arrival
        assertThat(SplitErrors.cause("A", null, true)).isEqualTo(SplitErrors.Cause.NOT_TRACED);
    }

    @Test
    void theBestCandidateOfAClusterIsItsHighestScore() {
        List<Candidate> candidates = line("b1\ta1 -0.300 0.1 0 0\ta2 0.700 0.2 0 0\tb1 -2.000 0.0 0 0");
        assertThat(SplitErrors.best(candidates, "A").score()).isEqualTo(0.7);
        assertThat(SplitErrors.best(candidates, "B").score()).isEqualTo(-2.0);
        assertThat(SplitErrors.best(candidates, "C")).isNull();
    }
}
