package dev.storybrief.eval.rouge;

import java.util.EnumMap;
import java.util.Map;

/**
 * All figures for one peer summary against its references.
 *
 * @param rouge1   ROUGE-1
 * @param rouge2   ROUGE-2
 * @param rougeL   ROUGE-L (summary-level union LCS)
 * @param rougeSU4 the skip-bigram figure for the configured distance (ROUGE-SU4 with the usual options)
 */
public record RougeResult(RougeFigure rouge1, RougeFigure rouge2, RougeFigure rougeL, RougeFigure rougeSU4) {

    /** The figure of one metric. */
    public RougeFigure figure(RougeMetric metric) {
        return switch (metric) {
            case ROUGE_1 -> rouge1;
            case ROUGE_2 -> rouge2;
            case ROUGE_L -> rougeL;
            case ROUGE_SU4 -> rougeSU4;
        };
    }

    /** All four figures, keyed in print order. */
    public Map<RougeMetric, RougeFigure> asMap() {
        Map<RougeMetric, RougeFigure> map = new EnumMap<>(RougeMetric.class);
        for (RougeMetric metric : RougeMetric.values()) {
            map.put(metric, figure(metric));
        }
        return map;
    }
}
