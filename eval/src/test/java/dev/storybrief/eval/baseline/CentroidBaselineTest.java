package dev.storybrief.eval.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.storybrief.eval.dataset.EvalData;
import dev.storybrief.model.Sentence;
import dev.storybrief.model.Story;
import dev.storybrief.model.SummarySentence;
import dev.storybrief.model.Words;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CentroidBaselineTest {
    private static final String A = "Floodwaters swept through the river town of Millford on Monday, destroying dozens of homes.";
    private static final String B = "Floodwaters swept through the river town of Millford on Monday and destroyed dozens of homes.";

    private static Candidate candidate(String... terms) {
        return new Candidate(0, 0, new Sentence("a", 0, 0, String.join(" ", terms), 0, 0, false), List.of(terms));
    }

    @Test
    void redundancyIsTwiceTheSharedTermsOverBothLengths() {
        // shared with repeats: x once (2 vs 1); lengths 3 and 2: 2 * 1 / 5
        assertThat(CentroidBaseline.overlap(candidate("x", "x", "y"), candidate("x", "z"))).isCloseTo(0.4, within(1e-12));
        assertThat(CentroidBaseline.overlap(candidate("x", "y"), candidate("y", "x"))).isCloseTo(1.0, within(1e-12));
        assertThat(CentroidBaseline.overlap(candidate("x"), candidate("y"))).isZero();
    }

    @Test
    void aNearDuplicateOfAChosenSentenceIsPenalisedAway() {
        Story story = Stories.of("c",
                A + " Rescue crews evacuated hundreds of Millford residents by boat on Monday.",
                B + " The governor declared a state of emergency for the flooded region.");
        List<String> picked = new CentroidBaseline().summarize(story, 30).stream().map(SummarySentence::text).toList();
        assertThat(picked).hasSize(2);
        assertThat(picked.contains(A) && picked.contains(B)).as(picked.toString()).isFalse();
    }

    @Test
    void theCentroidKeepsTheStorysHighestValuedTermsOnly() {
        Story story = EvalData.ducStories().get(0);
        Map<String, Double> centroid = CentroidBaseline.centroid(story);
        assertThat(centroid).hasSize(CentroidBaseline.CENTROID_TERMS);
        // d30001t is about Cambodia's Hun Sen and the opposition
        assertThat(centroid).containsKeys("hun", "sen");
    }

    @Test
    void onDucClustersItPicksNoSentenceShorterThanTheLengthCutoff() {
        for (Story story : EvalData.ducStories().subList(0, 5)) {
            List<SummarySentence> summary = new CentroidBaseline().summarize(story, 100);
            assertThat(summary).isNotEmpty();
            assertThat(summary).allSatisfy(s ->
                    assertThat(Words.count(s.text())).isGreaterThanOrEqualTo(CentroidBaseline.MIN_WORDS));
        }
    }
}
