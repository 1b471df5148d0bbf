package dev.storybrief.eval.extraction;

/** Benchmark figures over a set of pages: mean precision, mean recall, their F1, exact-match accuracy. */
public record MetricSummary(double precision, double recall, double f1, double accuracy, int pages) {
}
