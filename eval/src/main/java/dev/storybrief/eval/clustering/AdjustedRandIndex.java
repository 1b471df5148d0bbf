package dev.storybrief.eval.clustering;

import java.util.Map;

/**
 * The adjusted Rand index of two clusterings (Hubert and Arabie, 1985): the share of item pairs on which they agree,
 * corrected for the agreement expected by chance with the same cluster sizes. 1 for identical clusterings, about 0
 * for a random one, negative when worse than chance.
 */
public final class AdjustedRandIndex {
    private AdjustedRandIndex() {
    }

    /**
     * The index of a predicted labeling against the true labeling of the same items.
     *
     * @throws IllegalArgumentException when the two label different items or none
     */
    public static <T> double score(Map<T, ?> predicted, Map<T, ?> truth) {
        Partitions.requireSameItems(predicted, truth);
        if (predicted.size() == 1) {
            return 1.0;
        }
        double index = Partitions.overlaps(predicted, truth).values().stream().mapToDouble(AdjustedRandIndex::pairs).sum();
        double predictedPairs = Partitions.sizes(predicted).values().stream().mapToDouble(AdjustedRandIndex::pairs).sum();
        double truePairs = Partitions.sizes(truth).values().stream().mapToDouble(AdjustedRandIndex::pairs).sum();
        double expected = predictedPairs * truePairs / pairs(predicted.size());
        double max = (predictedPairs + truePairs) / 2;
        if (max == expected) {
            // both all singletons or both one cluster: the chance correction is undefined; they agree on every pair
            return index == max ? 1.0 : 0.0;
        }
        return (index - expected) / (max - expected);
    }

    private static double pairs(int n) {
        return n * (n - 1) / 2.0;
    }
}
