package dev.storybrief.group.stories;

import java.io.Serializable;
import java.util.Arrays;

/**
 * A logistic model of "this article belongs to this story": an article joins the candidate story with the highest
 * {@link #logit(JoinFeatures)} when it is at least 0 (probability at least one half), else it starts a story. The
 * weights are learnt from guided runs over the tuning part of the evaluation data (see
 * {@code eval.clustering.JoinModelTraining}); the defaults are what that produced.
 *
 * @param bias    the intercept
 * @param weights one weight per feature, in the order of {@link JoinFeatures#toArray()}
 */
public record JoinModel(double bias, double[] weights) implements Serializable {

    public JoinModel {
        if (weights.length != JoinFeatures.COUNT) {
            throw new IllegalArgumentException("a join model needs " + JoinFeatures.COUNT + " weights, got "
                    + weights.length);
        }
        weights = weights.clone();
    }

    /** The log-odds that the article belongs to the story. */
    public double logit(JoinFeatures features) {
        double[] x = features.toArray();
        double z = bias;
        for (int i = 0; i < x.length; i++) {
            z += weights[i] * x[i];
        }
        return z;
    }

    /** This model with the intercept moved by {@code delta}: above 0 joins more, below 0 fewer. */
    public JoinModel shifted(double delta) {
        return new JoinModel(bias + delta, weights);
    }

    @Override
    public double[] weights() {
        return weights.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JoinModel m && m.bias == bias && Arrays.equals(m.weights, weights);
    }

    @Override
    public int hashCode() {
        return 31 * Double.hashCode(bias) + Arrays.hashCode(weights);
    }

    @Override
    public String toString() {
        return "JoinModel[bias=" + bias + ", weights=" + Arrays.toString(weights) + "]";
    }
}
