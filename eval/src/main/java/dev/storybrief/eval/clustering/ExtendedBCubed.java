package dev.storybrief.eval.clustering;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Extended B-cubed for overlapping classes (Amigó, Gonzalo, Artiles and Verdejo 2009, "A comparison of extrinsic
 * clustering evaluation metrics based on formal constraints", section 5): an item may belong to several true classes
 * and to several predicted clusters. For two items e and e' with C(e,e') predicted clusters and L(e,e') true classes in
 * common, multiplicity precision is min(C, L) / C (defined when C > 0) and multiplicity recall min(C, L) / L (defined
 * when L > 0); precision averages, per item, its multiplicity precision over every item sharing a predicted cluster with
 * it (itself included), recall likewise over every item sharing a true class, and both are averaged over items. With one
 * class and one cluster per item it is plain {@link BCubed}.
 *
 * <p>DUC 2004 puts some articles in two clusters; the evaluation stream carries such an article twice, once per cluster,
 * and plain B-cubed scores the copies as two items with one class each. Here each such article is one item with both
 * classes: a story holding it is then right to hold it beside either cluster's articles, but still wrong to hold the
 * two clusters' other articles together.
 */
public final class ExtendedBCubed {
    private ExtendedBCubed() {
    }

    /**
     * Scores predicted label sets of items against their true label sets.
     *
     * @throws IllegalArgumentException when the two label different items or none, or an item has no label
     */
    public static <T> BCubed.BCubedScore score(Map<T, ? extends Set<?>> predicted, Map<T, ? extends Set<?>> truth) {
        Partitions.requireSameItems(predicted, truth);
        List<T> items = new ArrayList<>(predicted.keySet());
        for (T item : items) {
            if (predicted.get(item).isEmpty() || truth.get(item).isEmpty()) {
                throw new IllegalArgumentException("item " + item + " has no cluster or no class");
            }
        }
        Map<Object, List<T>> byCluster = members(predicted);
        Map<Object, List<T>> byClass = members(truth);
        double precision = 0;
        double recall = 0;
        for (T item : items) {
            precision += meanMultiplicity(item, predicted, truth, byCluster);
            recall += meanMultiplicity(item, truth, predicted, byClass);
        }
        return BCubed.BCubedScore.of(precision / items.size(), recall / items.size());
    }

    /**
     * Plain labels of single-class items read as one label each, with the items that are copies of one text
     * ({@code textOf}: item to the text it copies; itself for most) merged into one item holding every label of its
     * copies, on both sides.
     */
    public static <T> BCubed.BCubedScore scoreCopiesAsOne(Map<T, ?> predicted, Map<T, ?> truth,
                                                         java.util.function.Function<T, T> textOf) {
        Partitions.requireSameItems(predicted, truth);
        Map<T, Set<Object>> predictedSets = new LinkedHashMap<>();
        Map<T, Set<Object>> trueSets = new LinkedHashMap<>();
        predicted.forEach((item, label) -> {
            T text = textOf.apply(item);
            predictedSets.computeIfAbsent(text, t -> new LinkedHashSet<>()).add(label);
            trueSets.computeIfAbsent(text, t -> new LinkedHashSet<>()).add(truth.get(item));
        });
        return score(predictedSets, trueSets);
    }

    /**
     * The mean multiplicity precision (when {@code side} is the prediction; recall when it is the truth) of
     * {@code item} against every item that shares one of its labels on {@code side}.
     */
    private static <T> double meanMultiplicity(T item, Map<T, ? extends Set<?>> side, Map<T, ? extends Set<?>> other,
                                               Map<Object, List<T>> bySide) {
        Set<T> sharing = new LinkedHashSet<>();
        for (Object label : side.get(item)) {
            sharing.addAll(bySide.get(label));
        }
        double sum = 0;
        for (T peer : sharing) {
            int onSide = common(side.get(item), side.get(peer));
            int onOther = common(other.get(item), other.get(peer));
            // min(C, L) / C for precision (side = clusters), min(C, L) / L for recall (side = classes)
            sum += Math.min(onSide, onOther) / (double) onSide;
        }
        return sum / sharing.size();
    }

    private static int common(Set<?> a, Set<?> b) {
        int n = 0;
        for (Object label : a) {
            if (b.contains(label)) {
                n++;
            }
        }
        return n;
    }

    private static <T> Map<Object, List<T>> members(Map<T, ? extends Set<?>> labels) {
        Map<Object, List<T>> members = new HashMap<>();
        labels.forEach((item, set) -> set.forEach(label -> members.computeIfAbsent(label, l -> new ArrayList<>())
                .add(item)));
        return members;
    }
}
