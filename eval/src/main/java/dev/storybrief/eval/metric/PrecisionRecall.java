package dev.storybrief.eval.metric;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A precision and recall, with their F1 (the harmonic mean; 0 when both are 0).
 *
 * @param precision share of what a system returned that is right, in [0, 1]
 * @param recall    share of the gold items the system found, in [0, 1]
 */
public record PrecisionRecall(double precision, double recall) {

    /** Both zero: nothing right. */
    public static final PrecisionRecall ZERO = new PrecisionRecall(0, 0);

    /** From counts: {@code correct / predicted} and {@code found / gold}; a ratio over zero is 0. */
    public static PrecisionRecall of(double correctPredicted, double predicted, double foundGold, double gold) {
        return new PrecisionRecall(ratio(correctPredicted, predicted), ratio(foundGold, gold));
    }

    /** From counts where one matching count serves both ratios ({@code tp / predicted}, {@code tp / gold}). */
    public static PrecisionRecall of(double truePositives, double predicted, double gold) {
        return of(truePositives, predicted, truePositives, gold);
    }

    /** F1 = 2PR / (P + R), 0 when P + R is 0. */
    public double f1() {
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    /**
     * The mean precision and the mean recall of several results (macro average); its {@link #f1()} is the F1 of
     * those means, as news-tls averages over timelines (not the mean of the F1s).
     */
    public static PrecisionRecall macroAverage(List<PrecisionRecall> results) {
        if (results.isEmpty()) {
            return ZERO;
        }
        double p = 0;
        double r = 0;
        for (PrecisionRecall result : results) {
            p += result.precision;
            r += result.recall;
        }
        return new PrecisionRecall(p / results.size(), r / results.size());
    }

    /** {@code {"P", "R", "F"}} in that order, for results files. */
    public Map<String, Double> asMap() {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("P", precision);
        m.put("R", recall);
        m.put("F", f1());
        return m;
    }

    /** {@code numerator / denominator}, 0 when the denominator is 0. */
    public static double ratio(double numerator, double denominator) {
        return denominator == 0 ? 0 : numerator / denominator;
    }
}
