package dev.storybrief.eval.clustering;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** Checks shared by the clustering metrics: both labelings must cover the same items. */
final class Partitions {
    private Partitions() {
    }

    static <T> void requireSameItems(Map<T, ?> predicted, Map<T, ?> truth) {
        if (predicted.isEmpty()) {
            throw new IllegalArgumentException("no items to score");
        }
        if (!predicted.keySet().equals(truth.keySet())) {
            Set<T> missing = new java.util.LinkedHashSet<>(truth.keySet());
            missing.removeAll(predicted.keySet());
            Set<T> extra = new java.util.LinkedHashSet<>(predicted.keySet());
            extra.removeAll(truth.keySet());
            throw new IllegalArgumentException("the clusterings label different items (" + missing.size()
                    + " only in the truth, " + extra.size() + " only in the prediction)");
        }
    }

    /** Number of items per cluster label. */
    static Map<Object, Integer> sizes(Map<?, ?> labels) {
        Map<Object, Integer> sizes = new HashMap<>();
        labels.values().forEach(label -> sizes.merge(label, 1, Integer::sum));
        return sizes;
    }

    /** Number of items per (predicted label, true label) pair. */
    static <T> Map<Pair, Integer> overlaps(Map<T, ?> predicted, Map<T, ?> truth) {
        Map<Pair, Integer> overlaps = new HashMap<>();
        predicted.forEach((item, label) -> overlaps.merge(new Pair(label, truth.get(item)), 1, Integer::sum));
        return overlaps;
    }

    /** A cell of the contingency table. */
    record Pair(Object predicted, Object truth) {
    }
}
