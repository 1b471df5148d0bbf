package dev.storybrief.eval.run;

import dev.storybrief.eval.rouge.SystemAverage;
import dev.storybrief.eval.rouge.TopicScore;
import java.util.List;

/**
 * The scores of one system over a data set.
 *
 * @param system            system name
 * @param topics            per-cluster ROUGE results
 * @param average           bootstrap averages and 95% confidence intervals, as ROUGE-1.5.5 prints them
 * @param clustersPerSecond summarization throughput (not counting scoring), or NaN for peers made elsewhere
 * @param peakHeapBytes     peak Java heap in use while the system ran, or -1 for peers
 */
public record SystemRun(String system, List<TopicScore> topics, SystemAverage average, double clustersPerSecond,
                        long peakHeapBytes) {

    public SystemRun {
        topics = List.copyOf(topics);
    }
}
