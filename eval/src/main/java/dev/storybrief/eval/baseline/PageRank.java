package dev.storybrief.eval.baseline;

import java.util.Arrays;

/**
 * Weighted PageRank by the power method (Brin and Page 1998, "The anatomy of a large-scale hypertextual Web search
 * engine", WWW7), the centrality behind {@link LexRankBaseline} and {@link TextRankBaseline}.
 *
 * <p>{@code p(j) = (1 - d) / N + d * sum_i p(i) * w(i, j) / sum_k w(i, k)}, where {@code d} is the damping factor in
 * Brin and Page's sense: the probability of following an edge (0.85), so {@code 1 - d} is Erkan and Radev's
 * jump probability "d" (0.15). A node with no outgoing weight spreads its score over all nodes, which keeps the
 * scores a probability distribution and, for TextRank, leaves them proportional to Mihalcea and Tarau's
 * unnormalised {@code (1 - d) + d * ...} form.
 */
public final class PageRank {
    /** The damping factor of Brin and Page, used by both graph baselines. */
    public static final double DEFAULT_DAMPING = 0.85;
    private static final double TOLERANCE = 1e-12;
    private static final int MAX_ITERATIONS = 10_000;

    private PageRank() {
    }

    /**
     * Stationary scores of the graph, summing to 1.
     *
     * @param weights {@code weights[i][j]}: weight of the edge from node i to node j (not negative; a square matrix)
     * @param damping probability of following an edge, in (0, 1]
     */
    public static double[] scores(double[][] weights, double damping) {
        int n = weights.length;
        if (damping <= 0 || damping > 1) {
            throw new IllegalArgumentException("damping must be in (0, 1], got " + damping);
        }
        if (n == 0) {
            return new double[0];
        }
        double[][] transition = rowStochastic(weights);
        boolean[] dangling = new boolean[n];
        for (int i = 0; i < n; i++) {
            dangling[i] = Arrays.stream(transition[i]).allMatch(w -> w == 0);
        }
        double[] p = new double[n];
        Arrays.fill(p, 1.0 / n);
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            double[] next = step(transition, dangling, p, damping);
            double change = 0;
            for (int i = 0; i < n; i++) {
                change += Math.abs(next[i] - p[i]);
            }
            p = next;
            if (change < TOLERANCE) {
                break;
            }
        }
        return p;
    }

    /** Rows divided by their sums; a row that sums to zero stays all zero (a dangling node). */
    private static double[][] rowStochastic(double[][] weights) {
        int n = weights.length;
        double[][] t = new double[n][];
        for (int i = 0; i < n; i++) {
            if (weights[i].length != n) {
                throw new IllegalArgumentException("weights must be square: row " + i + " has " + weights[i].length
                        + " entries, not " + n);
            }
            double sum = 0;
            for (double w : weights[i]) {
                if (w < 0 || Double.isNaN(w)) {
                    throw new IllegalArgumentException("edge weights must not be negative, row " + i + " has " + w);
                }
                sum += w;
            }
            t[i] = new double[n];
            if (sum > 0) {
                for (int j = 0; j < n; j++) {
                    t[i][j] = weights[i][j] / sum;
                }
            }
        }
        return t;
    }

    private static double[] step(double[][] transition, boolean[] dangling, double[] p, double damping) {
        int n = p.length;
        double danglingMass = 0;
        double[] next = new double[n];
        for (int i = 0; i < n; i++) {
            if (dangling[i]) {
                danglingMass += p[i];
                continue;
            }
            double[] row = transition[i];
            double pi = p[i];
            for (int j = 0; j < n; j++) {
                next[j] += pi * row[j];
            }
        }
        double base = (1 - damping) / n + damping * danglingMass / n;
        for (int j = 0; j < n; j++) {
            next[j] = base + damping * next[j];
        }
        return next;
    }
}
