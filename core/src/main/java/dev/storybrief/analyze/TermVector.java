package dev.storybrief.analyze;

import java.util.HashMap;
import java.util.Map;

/** A sparse, L2-normalised term-weight vector; cosine similarity is a dot product. */
public final class TermVector {
    private final Map<String, Double> weights;

    private TermVector(Map<String, Double> weights) {
        this.weights = weights;
    }

    /** Normalises raw weights to unit length (an all-zero vector stays empty). */
    public static TermVector normalised(Map<String, Double> raw) {
        double norm = Math.sqrt(raw.values().stream().mapToDouble(w -> w * w).sum());
        Map<String, Double> unit = new HashMap<>();
        if (norm > 0) {
            raw.forEach((term, w) -> unit.put(term, w / norm));
        }
        return new TermVector(unit);
    }

    /** Cosine similarity with another normalised vector, from 0 to 1. */
    public double cosine(TermVector other) {
        Map<String, Double> small = weights.size() <= other.weights.size() ? weights : other.weights;
        Map<String, Double> large = small == weights ? other.weights : weights;
        double dot = 0;
        for (Map.Entry<String, Double> e : small.entrySet()) {
            Double w = large.get(e.getKey());
            if (w != null) {
                dot += w * e.getValue();
            }
        }
        return dot;
    }

    /** Number of terms the two vectors share. */
    public int sharedTerms(TermVector other) {
        Map<String, Double> small = weights.size() <= other.weights.size() ? weights : other.weights;
        Map<String, Double> large = small == weights ? other.weights : weights;
        int shared = 0;
        for (String term : small.keySet()) {
            if (large.containsKey(term)) {
                shared++;
            }
        }
        return shared;
    }

    /** True when the text had no content term. */
    public boolean isEmpty() {
        return weights.isEmpty();
    }

    /** The weights, read-only. */
    public Map<String, Double> weights() {
        return java.util.Collections.unmodifiableMap(weights);
    }
}
