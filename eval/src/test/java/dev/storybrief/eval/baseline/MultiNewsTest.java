package dev.storybrief.eval.baseline;

import dev.storybrief.brief.summary.Summarizer;
import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.SharedData;
import dev.storybrief.eval.dataset.EvalCluster;
import dev.storybrief.eval.dataset.EvalDataset;
import dev.storybrief.eval.dataset.EvalData;
import dev.storybrief.model.Story;
import dev.storybrief.model.SummarySentence;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Multi-News sample has longer, messier web articles: every baseline must still run and keep the budget. */
class MultiNewsTest {

    @Test
    void everyBaselineSummarizesEveryMultiNewsClusterWithinTheBudget() {
        EvalDataset multiNews = EvalDataset.load(SharedData.evalData("multinews-sample100"));
        long start = System.nanoTime();
        List<Story> stories = multiNews.clusters().stream().map(EvalData::story).toList();
        System.out.printf("Multi-News sample: %d stories built (or shared with another test) in %.2f s%n", stories.size(), (System.nanoTime() - start) / 1e9);
        Map<String, Long> nanos = new LinkedHashMap<>();
        int summaries = 0;
        for (int i = 0; i < stories.size(); i++) {
            EvalCluster cluster = multiNews.clusters().get(i);
            Story story = stories.get(i);
            List<Summarizer> all = new ArrayList<>(Baselines.all(5L, false));
            all.add(GreedyOracle.forCluster(cluster, BigramRecall::new, false));
            for (Summarizer s : all) {
                long t = System.nanoTime();
                List<SummarySentence> summary = s.summarize(story, 250);
                nanos.merge(s.name(), System.nanoTime() - t, Long::sum);
                assertThat(Stories.words(summary)).as("%s %s", cluster.id(), s.name()).isLessThanOrEqualTo(250);
                if (!s.name().equals("oracle")) {
                    // the oracle may rightly pick nothing: some sample clusters are crawl notices sharing no
                    // bigram with their reference
                    assertThat(summary).as("%s %s", cluster.id(), s.name()).isNotEmpty();
                }
                summaries++;
            }
        }
        StringBuilder times = new StringBuilder();
        nanos.forEach((name, ns) -> times.append(String.format(" %s %.2f s,", name, ns / 1e9)));
        System.out.printf("Multi-News sample: %d summaries;%s%n", summaries, times);
    }
}
