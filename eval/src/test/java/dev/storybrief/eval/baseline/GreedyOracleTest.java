package dev.storybrief.eval.baseline;

import dev.storybrief.brief.summary.Summarizer;
import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.eval.dataset.EvalCluster;
import dev.storybrief.eval.dataset.EvalData;
import dev.storybrief.model.Story;
import dev.storybrief.model.SummarySentence;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GreedyOracleTest {

    private static double score(BigramRecall objective, List<SummarySentence> summary) {
        return objective.applyAsDouble(summary.stream().map(SummarySentence::text).toList());
    }

    @Test
    void theOracleBeatsEveryBaselineUnderItsOwnObjectiveOnFiveDucClusters() {
        for (int i = 0; i < 5; i++) {
            Story story = EvalData.ducStories().get(i);
            EvalCluster cluster = EvalData.duc2004().clusters().get(i);
            BigramRecall objective = new BigramRecall(cluster.references());
            double oracle = score(objective, GreedyOracle.forCluster(cluster, BigramRecall::new, false).summarize(story, 100));
            List<String> row = new ArrayList<>();
            for (Summarizer baseline : Baselines.all(11L, false)) {
                double value = score(objective, baseline.summarize(story, 100));
                row.add(String.format("%s %.4f", baseline.name(), value));
                assertThat(oracle).as("%s: oracle vs %s", cluster.id(), baseline.name()).isGreaterThanOrEqualTo(value);
            }
            System.out.printf("%s bigram recall: oracle %.4f, %s%n", cluster.id(), oracle, String.join(", ", row));
            assertThat(oracle).isGreaterThan(0.05);
        }
    }

    @Test
    void withTruncationTheOracleStillLeadsTheTruncatedBaselines() {
        Story story = EvalData.ducStories().get(5);
        EvalCluster cluster = EvalData.duc2004().clusters().get(5);
        BigramRecall objective = new BigramRecall(cluster.references());
        double oracle = score(objective, GreedyOracle.forCluster(cluster, BigramRecall::new, true).summarize(story, 100));
        for (Summarizer baseline : Baselines.all(11L, true)) {
            assertThat(oracle).as(baseline.name()).isGreaterThanOrEqualTo(score(objective, baseline.summarize(story, 100)));
        }
    }

    @Test
    void keepingTheBetterOfTheTwoGreedyPassesIsNeverWorseThanEitherPass() {
        for (int i = 0; i < 5; i++) {
            Story story = EvalData.ducStories().get(30 + i);
            BigramRecall objective = new BigramRecall(EvalData.duc2004().clusters().get(30 + i).references());
            double both = score(objective, new GreedyOracle(objective).summarize(story, 100));
            for (GreedyOracle.Greed greed : GreedyOracle.Greed.values()) {
                double one = score(objective, new GreedyOracle(objective, false, List.of(greed)).summarize(story, 100));
                assertThat(both).as("%s %s", story.id(), greed).isGreaterThanOrEqualTo(one);
            }
        }
    }

    @Test
    void itStopsWhenNoSentenceRaisesTheObjective() {
        Story story = EvalData.ducStories().get(0);
        assertThat(new GreedyOracle(sentences -> 1.0).summarize(story, 100)).isEmpty();
        // An objective that only rewards one word: one sentence holding it is enough.
        GreedyOracle one = new GreedyOracle(sentences -> sentences.stream().anyMatch(s -> s.contains("Sihanouk")) ? 1 : 0);
        List<SummarySentence> summary = one.summarize(story, 100);
        assertThat(summary).hasSize(1);
        assertThat(summary.get(0).text()).contains("Sihanouk");
        assertThat(summary.get(0).score()).isEqualTo(1.0);
    }

    @Test
    void theObjectiveIsBuiltFromTheClustersReferences() {
        EvalCluster cluster = EvalData.duc2004().clusters().get(0);
        List<List<String>> seen = new ArrayList<>();
        GreedyOracle.forCluster(cluster, refs -> {
            seen.add(refs);
            return sentences -> 0;
        }, false);
        assertThat(seen).containsExactly(cluster.references());
        assertThat(new GreedyOracle(s -> 0).name()).isEqualTo("oracle");
    }
}
