package dev.storybrief.eval.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.brief.Summarizer;
import dev.storybrief.eval.dataset.EvalCluster;
import dev.storybrief.eval.dataset.EvalData;
import dev.storybrief.eval.dataset.EvalDataset;
import dev.storybrief.eval.dataset.StoryFactory;
import dev.storybrief.model.Story;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Loading the 50 DUC 2004 clusters, building their stories and running every baseline (and the bigram oracle) on
 * all of them at 100 words must take well under 2 minutes; the figures are printed per baseline.
 */
class BaselineSpeedTest {

    @Test
    void allBaselinesOnAllFiftyDucClustersRunWellUnderTwoMinutes() {
        long loadStart = System.nanoTime();
        List<EvalCluster> clusters = EvalDataset.load(EvalData.duc2004File()).clusters();
        StoryFactory factory = new StoryFactory();
        List<Story> stories = clusters.stream().map(factory::story).toList();
        double total = seconds(loadStart);
        System.out.printf("%-26s %6.2f s for %d clusters%n", "load + story building", total, stories.size());
        List<Summarizer> summarizers = new ArrayList<>(Baselines.all(3L, false));
        summarizers.add(null);
        for (Summarizer baseline : summarizers) {
            long start = System.nanoTime();
            String name = baseline == null ? "oracle (bigram objective)" : baseline.name();
            for (int i = 0; i < stories.size(); i++) {
                Summarizer s = baseline != null ? baseline
                        : GreedyOracle.forCluster(clusters.get(i), BigramRecall::new, false);
                assertThat(s.summarize(stories.get(i), 100)).isNotEmpty();
            }
            double took = seconds(start);
            total += took;
            System.out.printf("%-26s %6.2f s for %d clusters%n", name, took, stories.size());
        }
        System.out.printf("%-26s %6.2f s%n", "all", total);
        assertThat(total).isLessThan(60.0);
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
