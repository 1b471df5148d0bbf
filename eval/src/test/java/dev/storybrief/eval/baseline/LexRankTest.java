package dev.storybrief.eval.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.storybrief.analyze.terms.TermChains;
import dev.storybrief.model.vector.TfIdf;
import dev.storybrief.eval.dataset.EvalData;
import dev.storybrief.model.vector.SentenceIndex;
import dev.storybrief.model.Story;
import dev.storybrief.model.SummarySentence;
import java.util.List;
import org.junit.jupiter.api.Test;

class LexRankTest {
    private static final double TOLERANCE = 1e-6;
    /** Three sentences: A-B close, B-C related, A-C nearly unrelated; each is identical to itself. */
    private static final double[][] COSINE = {
            {1.0, 0.5, 0.05},
            {0.5, 1.0, 0.2},
            {0.05, 0.2, 1.0}};

    @Test
    void pageRankOfAPathGraphMatchesTheClosedForm() {
        // A - B - C without self-loops: pA = 0.05 + 0.85 pB / 2, pB = 0.05 + 0.85 (pA + pC), pC = pA
        // => pA = 0.07125 / 0.2775 = 19/74, pB = 0.05 + 1.7 pA = 18/37.
        double[] p = PageRank.scores(new double[][]{{0, 1, 0}, {1, 0, 1}, {0, 1, 0}}, 0.85);
        assertThat(p[0]).isCloseTo(19.0 / 74, within(TOLERANCE));
        assertThat(p[1]).isCloseTo(18.0 / 37, within(TOLERANCE));
        assertThat(p[2]).isCloseTo(19.0 / 74, within(TOLERANCE));
    }

    @Test
    void thresholdedLexRankAtPointOneMatchesHandComputedPageRank() {
        // cos > 0.1 keeps A-B, B-C and the self-loops: degrees A 2, B 3, C 2, so
        // pA = 0.05 + 0.85 (pA / 2 + pB / 3) = pC and pB = 1 - 2 pA  =>  (137/120) pA = 1/3, pA = 40/137, pB = 57/137.
        double[] p = LexRankBaseline.thresholdedCentrality(COSINE, 0.1);
        assertThat(p[0]).isCloseTo(40.0 / 137, within(TOLERANCE));
        assertThat(p[1]).isCloseTo(57.0 / 137, within(TOLERANCE));
        assertThat(p[2]).isCloseTo(40.0 / 137, within(TOLERANCE));
    }

    @Test
    void continuousLexRankMatchesTheSolutionOfItsLinearSystem() {
        // Rows divided by their sums (1.55, 1.7, 1.25) give M; p solves (I - 0.85 M^T) p = 0.05, which by exact
        // elimination is (52/155, 3511/9610, 575/1922).
        double[] p = LexRankBaseline.continuousCentrality(COSINE);
        assertThat(p[0]).isCloseTo(52.0 / 155, within(TOLERANCE));
        assertThat(p[1]).isCloseTo(3511.0 / 9610, within(TOLERANCE));
        assertThat(p[2]).isCloseTo(575.0 / 1922, within(TOLERANCE));
        // Without jumps, a walk on a symmetric graph rests in proportion to each node's weighted degree.
        double[] undamped = PageRank.scores(COSINE, 1.0);
        assertThat(undamped[0]).isCloseTo(1.55 / 4.5, within(TOLERANCE));
        assertThat(undamped[1]).isCloseTo(1.70 / 4.5, within(TOLERANCE));
        assertThat(undamped[2]).isCloseTo(1.25 / 4.5, within(TOLERANCE));
    }

    @Test
    void aDanglingNodeSpreadsItsScoreAndScoresSumToOne() {
        // C has no edge: it spreads evenly, so A and B (a 2-cycle) stay equal and C gets the jump share plus its own.
        double[] p = PageRank.scores(new double[][]{{0, 1, 0}, {1, 0, 0}, {0, 0, 0}}, 0.85);
        assertThat(p[0] + p[1] + p[2]).isCloseTo(1.0, within(1e-9));
        assertThat(p[0]).isCloseTo(p[1], within(TOLERANCE));
        // pC = 0.05 + 0.85 pC / 3  =>  pC = 0.05 / (1 - 0.85 / 3) = 3/43
        assertThat(p[2]).isCloseTo(3.0 / 43, within(TOLERANCE));
    }

    @Test
    void theIdfModifiedCosineIsTheCosineOfTfIdfVectors() {
        // idf-modified-cosine(x, y) = sum tf_x tf_y idf^2 / (|tf_x idf| |tf_y idf|), computed by hand here.
        List<String> x = TermChains.english().terms("Floods hit the valley town again.");
        List<String> y = TermChains.english().terms("The valley floods destroyed a bridge.");
        List<String> z = TermChains.english().terms("A bridge opened.");
        TfIdf tfIdf = new TfIdf(List.of(x, y, z));
        double dot = 0;
        double nx = 0;
        double ny = 0;
        for (String t : new java.util.TreeSet<>(x)) {
            double w = java.util.Collections.frequency(x, t) * tfIdf.idf(t);
            nx += w * w;
            dot += w * java.util.Collections.frequency(y, t) * tfIdf.idf(t);
        }
        for (String t : new java.util.TreeSet<>(y)) {
            double w = java.util.Collections.frequency(y, t) * tfIdf.idf(t);
            ny += w * w;
        }
        assertThat(tfIdf.vector(x).cosine(tfIdf.vector(y))).isCloseTo(dot / Math.sqrt(nx * ny), within(1e-12));
        assertThat(dot).isPositive();
    }

    @Test
    void summariesOfDucClustersHaveNoTwoSentencesAboveTheRedundancyCosine() {
        for (LexRankBaseline lexRank : List.of(LexRankBaseline.continuous(false),
                LexRankBaseline.thresholded(LexRankBaseline.PAPER_THRESHOLD, false))) {
            for (Story story : EvalData.ducStories().subList(0, 5)) {
                SentenceIndex index = story.index(dev.storybrief.model.StoryView.ALL);
                List<SummarySentence> summary = lexRank.summarize(story, 200);
                assertThat(summary).hasSizeGreaterThan(2);
                for (int i = 0; i < summary.size(); i++) {
                    for (int j = i + 1; j < summary.size(); j++) {
                        double cos = index.vector(Stories.source(story, summary.get(i)))
                                .cosine(index.vector(Stories.source(story, summary.get(j))));
                        assertThat(cos).as("%s %s", story.id(), lexRank.name())
                                .isLessThanOrEqualTo(LexRankBaseline.REDUNDANCY);
                    }
                }
            }
        }
        assertThat(LexRankBaseline.continuous(false).name()).isEqualTo("lexrank");
        assertThat(LexRankBaseline.thresholded(0.1, false).name()).isEqualTo("lexrank-t0.1");
    }

    @Test
    void theMostCentralSentenceOfAHandMadeStoryLeadsTheRanking() {
        Story story = Stories.of("lx",
                "The dam on the Orrin river failed on Sunday night. Water from the failed dam flooded the valley. "
                        + "A choir sang at the festival.",
                "Engineers said the Orrin dam failed after days of rain. The flooded valley was evacuated.",
                "The Orrin dam failure flooded farms in the valley on Sunday.");
        List<SummarySentence> one = LexRankBaseline.continuous(false).summarize(story, 12);
        assertThat(one).hasSize(1);
        assertThat(one.get(0).text()).doesNotContain("choir");
        assertThat(one.get(0).text()).contains("dam");
    }
}
