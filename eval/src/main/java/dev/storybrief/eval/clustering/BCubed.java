package dev.storybrief.eval.clustering;

import java.util.Map;

/**
 * B-cubed precision, recall and F1 of a clustering against the true one (Bagga and Baldwin, 1998; Amigó et al.,
 * 2009): for each item, precision is the share of its predicted cluster that truly belongs with it, recall the share
 * of its true cluster that was put with it; both are averaged over items, so large clusters weigh by their size.
 */
public final class BCubed {
    private BCubed() {
    }

    /**
     * Scores a predicted labeling of items against the true labeling of the same items.
     *
     * @throws IllegalArgumentException when the two label different items or none
     */
    public static <T> BCubedScore score(Map<T, ?> predicted, Map<T, ?> truth) {
        Partitions.requireSameItems(predicted, truth);
        Map<Object, Integer> predictedSizes = Partitions.sizes(predicted);
        Map<Object, Integer> trueSizes = Partitions.sizes(truth);
        Map<Partitions.Pair, Integer> overlaps = Partitions.overlaps(predicted, truth);
        double precision = 0;
        double recall = 0;
        for (Map.Entry<T, ?> e : predicted.entrySet()) {
            Object predictedLabel = e.getValue();
            Object trueLabel = truth.get(e.getKey());
            int together = overlaps.get(new Partitions.Pair(predictedLabel, trueLabel));
            precision += together / (double) predictedSizes.get(predictedLabel);
            recall += together / (double) trueSizes.get(trueLabel);
        }
        int n = predicted.size();
        return BCubedScore.of(precision / n, recall / n);
    }

    /**
     * B-cubed precision, recall and their harmonic mean.
     *
     * @param precision mean per-item precision, 0 to 1
     * @param recall    mean per-item recall, 0 to 1
     * @param f1        their harmonic mean
     */
    public record BCubedScore(double precision, double recall, double f1) {
        static BCubedScore of(double precision, double recall) {
            double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            return new BCubedScore(precision, recall, f1);
        }
    }
}
