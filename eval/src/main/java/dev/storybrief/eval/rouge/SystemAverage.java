package dev.storybrief.eval.rouge;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One system's averages over its topics, for every metric.
 *
 * @param peerId          the system (peer) ID
 * @param topicCount      number of topics averaged
 * @param confidenceLabel the confidence level as printed, e.g. {@code 95}
 * @param metrics         the averages by metric, in print order
 */
public record SystemAverage(String peerId, int topicCount, String confidenceLabel,
                            Map<RougeMetric, MetricAverage> metrics) {

    /** Copies the metric map, keeping print order. */
    public SystemAverage {
        metrics = Collections.unmodifiableMap(new EnumMap<>(metrics));
    }

    /** The averages of one metric. */
    public MetricAverage metric(RougeMetric metric) {
        return metrics.get(metric);
    }

    /**
     * The 12 lines ROUGE-1.5.5 prints for this system, e.g.
     * {@code Lead ROUGE-1 Average_R: 0.36419 (95%-conf.int. 0.35087 - 0.37752)}.
     */
    public List<String> printedLines() {
        List<String> lines = new ArrayList<>();
        for (Map.Entry<RougeMetric, MetricAverage> entry : metrics.entrySet()) {
            String prefix = peerId + " " + entry.getKey().label() + " Average_";
            MetricAverage average = entry.getValue();
            lines.add(prefix + "R: " + average.recall().formatted(confidenceLabel));
            lines.add(prefix + "P: " + average.precision().formatted(confidenceLabel));
            lines.add(prefix + "F: " + average.f().formatted(confidenceLabel));
        }
        return lines;
    }
}
