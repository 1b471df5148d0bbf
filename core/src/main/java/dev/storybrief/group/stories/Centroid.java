package dev.storybrief.group.stories;

import java.util.HashMap;
import java.util.Map;

/**
 * The sum of a story's article term-frequency vectors, weighted by the stream's IDF at the moment it is compared, so
 * that stories started early, when the IDF knew little, are judged by what it knows now. Rarely used terms are pruned
 * once the centroid grows past a bound, which keeps every story's memory and comparison cost fixed whatever its size;
 * the heaviest terms, which decide similarity, stay.
 */
final class Centroid {
    private final int pruneAbove;
    private final int keepAfterPrune;
    private final Map<String, Double> sum = new HashMap<>();

    /** A centroid that keeps about {@code vectorTerms} times four terms at most. */
    Centroid(int vectorTerms) {
        this.pruneAbove = vectorTerms * 4;
        this.keepAfterPrune = vectorTerms * 2;
    }

    /** A centroid with the same sums, which changes independently of this one. */
    Centroid copy() {
        Centroid copy = new Centroid(pruneAbove / 4);
        copy.sum.putAll(sum);
        return copy;
    }

    void add(SparseVector vector) {
        for (int i = 0; i < vector.size(); i++) {
            double old = sum.getOrDefault(vector.terms()[i], 0.0);
            double w = vector.weights()[i];
            sum.put(vector.terms()[i], old + w);
        }
        if (sum.size() > pruneAbove) {
            prune();
        }
    }

    /**
     * Takes an article's vector back out (it moves to another story). A term the pruning dropped stays dropped, and a
     * sum that falls to about zero goes: the centroid is then what the remaining articles would have built, up to
     * pruning.
     */
    void subtract(SparseVector vector) {
        for (int i = 0; i < vector.size(); i++) {
            double w = vector.weights()[i];
            sum.computeIfPresent(vector.terms()[i], (term, old) -> old - w > 1e-9 ? old - w : null);
        }
    }

    /** Adds another centroid's sums. */
    void addAll(Centroid other) {
        other.sum.forEach((term, w) -> sum.merge(term, w, Double::sum));
        if (sum.size() > pruneAbove) {
            prune();
        }
    }

    /** True when nothing was added, or only empty vectors. */
    boolean isEmpty() {
        return sum.isEmpty();
    }

    /** Cosine between the IDF-weighted centroid and a unit TF-IDF vector. */
    double cosine(SparseVector vector, IncrementalIdf idf) {
        double normSquaredNow = 0;
        for (Map.Entry<String, Double> e : sum.entrySet()) {
            double w = e.getValue() * idf.idf(e.getKey());
            normSquaredNow += w * w;
        }
        if (normSquaredNow <= 0) {
            return 0;
        }
        double dot = 0;
        for (int i = 0; i < vector.size(); i++) {
            Double w = sum.get(vector.terms()[i]);
            if (w != null) {
                dot += w * idf.idf(vector.terms()[i]) * vector.weights()[i];
            }
        }
        return dot / Math.sqrt(normSquaredNow);
    }

    /** The IDF-weighted centroid over its {@code keep} heaviest terms, as a unit vector. */
    SparseVector direction(int keep, IncrementalIdf idf) {
        Map<String, Double> weighted = new HashMap<>();
        sum.forEach((term, w) -> weighted.put(term, w * idf.idf(term)));
        return SparseVector.heaviest(weighted, keep);
    }

    private void prune() {
        java.util.List<Map.Entry<String, Double>> entries = new java.util.ArrayList<>(sum.entrySet());
        entries.sort(Map.Entry.<String, Double>comparingByValue(java.util.Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()));
        sum.clear();
        for (Map.Entry<String, Double> e : entries.subList(0, keepAfterPrune)) {
            sum.put(e.getKey(), e.getValue());
        }
    }
}
