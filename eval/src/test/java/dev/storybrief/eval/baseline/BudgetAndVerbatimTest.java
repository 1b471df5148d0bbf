package dev.storybrief.eval.baseline;

import dev.storybrief.brief.summary.Summarizer;
import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.eval.dataset.EvalCluster;
import dev.storybrief.eval.dataset.EvalData;
import dev.storybrief.model.Sentence;
import dev.storybrief.model.Story;
import dev.storybrief.model.SummarySentence;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every baseline, and the oracle, on real DUC clusters under budgets drawn from a fixed seed. */
class BudgetAndVerbatimTest {
    private static final long SEED = 20260311L;

    private static List<Summarizer> summarizers(EvalCluster cluster, boolean truncate) {
        List<Summarizer> all = new ArrayList<>(Baselines.all(7L, truncate));
        all.add(GreedyOracle.forCluster(cluster, BigramRecall::new, truncate));
        return all;
    }

    @Test
    void wholeSentenceSummariesFitTheBudgetAndAreVerbatimStorySentences() {
        System.out.println("BudgetAndVerbatimTest seed " + SEED);
        Random random = new Random(SEED);
        for (int k = 0; k < 4; k++) {
            int clusterIndex = random.nextInt(50);
            Story story = EvalData.ducStories().get(clusterIndex);
            EvalCluster cluster = EvalData.duc2004().clusters().get(clusterIndex);
            for (int trial = 0; trial < 3; trial++) {
                int budget = 1 + random.nextInt(300);
                for (Summarizer s : summarizers(cluster, false)) {
                    String as = String.format("seed %d, %s, %s, budget %d", SEED, story.id(), s.name(), budget);
                    List<SummarySentence> summary = s.summarize(story, budget);
                    assertThat(Stories.words(summary)).as(as).isLessThanOrEqualTo(budget);
                    Set<Sentence> seen = new HashSet<>();
                    for (SummarySentence sentence : summary) {
                        Sentence source = Stories.source(story, sentence);
                        assertThat(sentence.text()).as(as).isEqualTo(source.text());
                        assertThat(seen.add(source)).as(as + ": repeated " + source.text()).isTrue();
                        assertThat(sentence.support()).as(as).isEqualTo(story.supportOf(source));
                    }
                    if (budget >= 60 && !s.name().equals("oracle")) {
                        assertThat(summary).as(as).isNotEmpty();
                    }
                }
            }
        }
    }

    @Test
    void truncationFillsTheBudgetExactlyWithAVerbatimPrefixLast() {
        System.out.println("BudgetAndVerbatimTest truncation seed " + SEED);
        Random random = new Random(SEED + 1);
        for (int k = 0; k < 3; k++) {
            int clusterIndex = random.nextInt(50);
            Story story = EvalData.ducStories().get(clusterIndex);
            EvalCluster cluster = EvalData.duc2004().clusters().get(clusterIndex);
            int budget = 1 + random.nextInt(300);
            for (Summarizer s : summarizers(cluster, true)) {
                String as = String.format("seed %d, %s, %s, budget %d", SEED + 1, story.id(), s.name(), budget);
                List<SummarySentence> summary = s.summarize(story, budget);
                if (!s.name().equals("oracle")) {
                    assertThat(Stories.words(summary)).as(as).isEqualTo(budget);
                }
                assertThat(Stories.words(summary)).as(as).isLessThanOrEqualTo(budget);
                for (int i = 0; i < summary.size(); i++) {
                    String text = summary.get(i).text();
                    String source = Stories.source(story, summary.get(i)).text();
                    if (i < summary.size() - 1) {
                        assertThat(text).as(as).isEqualTo(source);
                    } else {
                        assertThat(source).as(as).startsWith(text);
                    }
                }
            }
        }
    }

    @Test
    void aZeroBudgetGivesAnEmptySummary() {
        Story story = EvalData.ducStories().get(0);
        for (Summarizer s : summarizers(EvalData.duc2004().clusters().get(0), true)) {
            assertThat(s.summarize(story, 0)).as(s.name()).isEmpty();
        }
    }
}
