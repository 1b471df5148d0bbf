package dev.storybrief.eval.clustering;

import java.util.List;

/**
 * Fits a binary logistic regression by Newton's method with a small L2 penalty on the weights (not the intercept),
 * for the handful of features of a join model. Each example carries a weight, so that data sets of different sizes
 * can count alike.
 */
public final class LogisticRegression {
    private static final int MAX_ITERATIONS = 50;

    private LogisticRegression() {
    }

    /**
     * One training example.
     *
     * @param features the features
     * @param positive the label
     * @param weight   how much the example counts
     */
    public record Example(double[] features, boolean positive, double weight) {
    }

    /**
     * The fitted coefficients: index 0 the intercept, then one per feature.
     *
     * @param l2 the penalty on the squared weights
     */
    public static double[] fit(List<Example> examples, double l2) {
        if (examples.isEmpty()) {
            throw new IllegalArgumentException("no examples to fit");
        }
        int d = examples.get(0).features().length + 1;
        double[] beta = new double[d];
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            double[] gradient = new double[d];
            double[][] hessian = new double[d][d];
            for (Example e : examples) {
                double[] x = withIntercept(e.features());
                double p = sigmoid(dot(beta, x));
                double residual = (e.positive() ? 1 : 0) - p;
                double curvature = e.weight() * p * (1 - p);
                for (int i = 0; i < d; i++) {
                    gradient[i] += e.weight() * residual * x[i];
                    for (int j = 0; j < d; j++) {
                        hessian[i][j] += curvature * x[i] * x[j];
                    }
                }
            }
            for (int i = 1; i < d; i++) {
                gradient[i] -= l2 * beta[i];
                hessian[i][i] += l2;
            }
            double[] step = solve(hessian, gradient);
            double change = 0;
            for (int i = 0; i < d; i++) {
                beta[i] += step[i];
                change = Math.max(change, Math.abs(step[i]));
            }
            if (change < 1e-9) {
                break;
            }
        }
        return beta;
    }

    /** The probability the coefficients give an example's features. */
    public static double probability(double[] beta, double[] features) {
        return sigmoid(dot(beta, withIntercept(features)));
    }

    private static double[] withIntercept(double[] features) {
        double[] x = new double[features.length + 1];
        x[0] = 1;
        System.arraycopy(features, 0, x, 1, features.length);
        return x;
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    private static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    /** Solves {@code a x = b} by Gaussian elimination with partial pivoting; {@code a} is positive definite here. */
    private static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        double[][] m = new double[n][];
        double[] y = b.clone();
        for (int i = 0; i < n; i++) {
            m[i] = a[i].clone();
        }
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int row = col + 1; row < n; row++) {
                if (Math.abs(m[row][col]) > Math.abs(m[pivot][col])) {
                    pivot = row;
                }
            }
            double[] rowSwap = m[col];
            m[col] = m[pivot];
            m[pivot] = rowSwap;
            double valueSwap = y[col];
            y[col] = y[pivot];
            y[pivot] = valueSwap;
            for (int row = col + 1; row < n; row++) {
                double factor = m[row][col] / m[col][col];
                for (int k = col; k < n; k++) {
                    m[row][k] -= factor * m[col][k];
                }
                y[row] -= factor * y[col];
            }
        }
        double[] x = new double[n];
        for (int row = n - 1; row >= 0; row--) {
            double sum = y[row];
            for (int k = row + 1; k < n; k++) {
                sum -= m[row][k] * x[k];
            }
            x[row] = sum / m[row][row];
        }
        return x;
    }
}
