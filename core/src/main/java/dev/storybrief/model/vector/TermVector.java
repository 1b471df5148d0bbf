package dev.storybrief.model.vector;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A sparse, L2-normalised term-weight vector; cosine similarity is a dot product. Vectors made by one {@link TfIdf}
 * also carry their terms as that vocabulary's numbers, sorted, so comparing two of them is a merge of two short
 * arrays rather than hash lookups: the group stage compares every sentence of a story with every other.
 */
public final class TermVector {
    private static final int[] NO_IDS = new int[0];
    private static final double[] NO_VALUES = new double[0];
    private final Map<String, Double> weights;
    /** The vocabulary {@link #ids} number terms in, or {@code null} when the vector has no numbered form. */
    private final Object vocabulary;
    private final int[] ids;
    private final double[] values;

    private TermVector(Map<String, Double> weights, Object vocabulary, int[] ids, double[] values) {
        this.weights = weights;
        this.vocabulary = vocabulary;
        this.ids = ids;
        this.values = values;
    }

    /** Normalises raw weights to unit length (an all-zero vector stays empty). */
    public static TermVector normalised(Map<String, Double> raw) {
        return new TermVector(unit(raw), null, NO_IDS, NO_VALUES);
    }

    /** Normalises raw weights whose every term {@code vocabulary} numbers; two such vectors compare by merging. */
    static TermVector normalised(Map<String, Double> raw, Map<String, Integer> vocabulary) {
        Map<String, Double> unit = unit(raw);
        List<Map.Entry<String, Double>> byId = new ArrayList<>(unit.entrySet());
        byId.sort(Comparator.comparingInt(e -> vocabulary.get(e.getKey())));
        int[] ids = new int[byId.size()];
        double[] values = new double[byId.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = vocabulary.get(byId.get(i).getKey());
            values[i] = byId.get(i).getValue();
        }
        return new TermVector(unit, vocabulary, ids, values);
    }

    private static Map<String, Double> unit(Map<String, Double> raw) {
        double norm = Math.sqrt(raw.values().stream().mapToDouble(w -> w * w).sum());
        Map<String, Double> unit = new HashMap<>();
        if (norm > 0) {
            raw.forEach((term, w) -> unit.put(term, w / norm));
        }
        return unit;
    }

    private boolean numberedAlike(TermVector other) {
        return vocabulary != null && vocabulary == other.vocabulary;
    }

    /** Cosine similarity with another normalised vector, from 0 to 1. */
    public double cosine(TermVector other) {
        if (numberedAlike(other)) {
            double dot = 0;
            for (int i = 0, j = 0; i < ids.length && j < other.ids.length; ) {
                int c = Integer.compare(ids[i], other.ids[j]);
                if (c == 0) {
                    dot += values[i++] * other.values[j++];
                } else if (c < 0) {
                    i++;
                } else {
                    j++;
                }
            }
            return dot;
        }
        return dot(weights, other.weights);
    }

    /** The cosine of every two of these vectors, as a symmetric matrix in their order (0 on the diagonal). */
    public static double[][] cosines(List<TermVector> vectors) {
        double[][] cosine = new double[vectors.size()][vectors.size()];
        for (int a = 0; a < vectors.size(); a++) {
            for (int b = a + 1; b < vectors.size(); b++) {
                cosine[a][b] = vectors.get(a).cosine(vectors.get(b));
                cosine[b][a] = cosine[a][b];
            }
        }
        return cosine;
    }

    /** The dot product of two sparse weight maps (their cosine when both have unit length). */
    public static double dot(Map<String, Double> a, Map<String, Double> b) {
        Map<String, Double> small = a.size() <= b.size() ? a : b;
        Map<String, Double> large = small == a ? b : a;
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
        if (numberedAlike(other)) {
            int shared = 0;
            for (int i = 0, j = 0; i < ids.length && j < other.ids.length; ) {
                int c = Integer.compare(ids[i], other.ids[j]);
                shared += c == 0 ? 1 : 0;
                i += c <= 0 ? 1 : 0;
                j += c >= 0 ? 1 : 0;
            }
            return shared;
        }
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

    /** The vocabulary numbers of its terms, ascending (empty when the vector has no numbered form); read-only. */
    int[] ids() {
        return ids;
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
