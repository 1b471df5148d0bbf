package dev.storybrief.eval.clustering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LogisticRegressionTest {
    private static final long SEED = Long.getLong("tests.seed", 20261204L);

    @Test
    void recoversTheCoefficientsThatMadeTheLabels() {
        System.out.println("LogisticRegressionTest seed " + SEED);
        Random random = new Random(SEED);
        double[] truth = {-1.0, 3.0, -2.0};
        List<LogisticRegression.Example> examples = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            double[] x = {random.nextGaussian(), random.nextGaussian()};
            boolean positive = random.nextDouble() < LogisticRegression.probability(truth, x);
            examples.add(new LogisticRegression.Example(x, positive, 1));
        }
        double[] fitted = LogisticRegression.fit(examples, 1e-6);
        for (int i = 0; i < truth.length; i++) {
            assertThat(fitted[i]).as("coefficient %d", i).isCloseTo(truth[i], within(0.15));
        }
    }

    @Test
    void weightsCountAsRepeatedExamples() {
        List<LogisticRegression.Example> weighted = List.of(
                new LogisticRegression.Example(new double[] {1}, true, 3),
                new LogisticRegression.Example(new double[] {1}, false, 1),
                new LogisticRegression.Example(new double[] {-1}, false, 3),
                new LogisticRegression.Example(new double[] {-1}, true, 1));
        List<LogisticRegression.Example> repeated = new ArrayList<>();
        for (LogisticRegression.Example e : weighted) {
            for (int i = 0; i < e.weight(); i++) {
                repeated.add(new LogisticRegression.Example(e.features(), e.positive(), 1));
            }
        }
        double[] a = LogisticRegression.fit(weighted, 1e-3);
        double[] b = LogisticRegression.fit(repeated, 1e-3);
        assertThat(a[1]).isCloseTo(b[1], within(1e-9)).isCloseTo(Math.log(3), within(0.01));
        assertThat(a[0]).isCloseTo(0, within(1e-9));
    }
}
