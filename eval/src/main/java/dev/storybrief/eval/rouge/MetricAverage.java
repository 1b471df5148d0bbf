package dev.storybrief.eval.rouge;

/**
 * The averaged recall, precision and F of one metric over a system's topics.
 *
 * @param recall    {@code Average_R} with its interval
 * @param precision {@code Average_P} with its interval
 * @param f         {@code Average_F} with its interval
 */
public record MetricAverage(BootstrapFigure recall, BootstrapFigure precision, BootstrapFigure f) {
}
