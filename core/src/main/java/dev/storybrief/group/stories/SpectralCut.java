package dev.storybrief.group.stories;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The least normalised cut of a few articles in two (Shi and Malik 2000): the articles are ordered along the second
 * eigenvector of their normalised cosine matrix, and of the cuts of that order into two parts of two articles or more,
 * the one with the least cut weight relative to each part's volume is taken. Where {@link TwoWayCut}'s average linkage
 * peels a small tight edge off a large story, this cut weighs the whole story, and finds where two events of one kind
 * meet inside it; whether the parts are two events is for the caller to judge.
 */
public final class SpectralCut {
    /** Power-iteration steps: ample for the at most 100 articles of a checked story. */
    private static final int ITERATIONS = 500;

    private SpectralCut() {
    }

    /** The cut of the articles whose pairwise cosines these are; empty for fewer than four articles. */
    public static Optional<TwoWayCut> of(double[][] cosine) {
        int n = cosine == null ? 0 : cosine.length;
        if (n < 4) {
            return Optional.empty();
        }
        double[] degree = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                degree[i] += i == j ? 0 : Math.max(0, cosine[i][j]);
            }
            degree[i] = Math.max(degree[i], 1e-9);
        }
        double[] vector = secondEigenvector(cosine, degree);
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        double[] position = new double[n];
        for (int i = 0; i < n; i++) {
            position[i] = vector[i] / Math.sqrt(degree[i]);
        }
        // ties broken by arrival, so that the cut depends only on the cosines and the order of the articles
        Arrays.sort(order, (x, y) -> position[x] != position[y] ? Double.compare(position[x], position[y])
                : Integer.compare(x, y));
        double total = Arrays.stream(degree).sum();
        double best = Double.POSITIVE_INFINITY;
        int bestAt = 2;
        for (int k = 2; k <= n - 2; k++) {
            double cut = 0;
            double volume = 0;
            for (int x = 0; x < k; x++) {
                volume += degree[order[x]];
                for (int y = k; y < n; y++) {
                    cut += Math.max(0, cosine[order[x]][order[y]]);
                }
            }
            double normalised = cut / Math.max(volume, 1e-9) + cut / Math.max(total - volume, 1e-9);
            if (normalised < best) {
                best = normalised;
                bestAt = k;
            }
        }
        List<Integer> one = new ArrayList<>(Arrays.asList(order).subList(0, bestAt));
        List<Integer> two = new ArrayList<>(Arrays.asList(order).subList(bestAt, n));
        return Optional.of(TwoWayCut.between(cosine, one, two));
    }

    /**
     * The second eigenvector of D^-1/2 W D^-1/2 by power iteration on it shifted by the identity (all eigenvalues then
     * lie in [0, 2]), with the first eigenvector, sqrt(degree), projected out at every step.
     */
    private static double[] secondEigenvector(double[][] cosine, double[] degree) {
        int n = degree.length;
        double[][] m = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                m[i][j] = i == j ? 1 : Math.max(0, cosine[i][j]) / Math.sqrt(degree[i] * degree[j]);
            }
        }
        double[] first = new double[n];
        double volume = Arrays.stream(degree).sum();
        for (int i = 0; i < n; i++) {
            first[i] = Math.sqrt(degree[i] / volume);
        }
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            // a fixed start that is no eigenvector of a symmetric matrix by chance: the result must not depend on a clock
            v[i] = Math.sin(i + 1.0);
        }
        for (int step = 0; step < ITERATIONS; step++) {
            double along = 0;
            for (int i = 0; i < n; i++) {
                along += v[i] * first[i];
            }
            double[] next = new double[n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    next[i] += m[i][j] * (v[j] - along * first[j]);
                }
            }
            double length = Math.sqrt(Arrays.stream(next).map(x -> x * x).sum());
            if (length == 0) {
                return v;
            }
            for (int i = 0; i < n; i++) {
                v[i] = next[i] / length;
            }
        }
        return v;
    }
}
