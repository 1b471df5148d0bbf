package dev.storybrief.eval.extraction;

import java.util.Map;

/**
 * One extractor's run over the benchmark.
 *
 * @param summary         P/R/F1/accuracy
 * @param pagesPerSecond  pages extracted per second of wall time on one thread (timed pass only)
 * @param pagesPerCpuSecond pages extracted per second of the thread's CPU time (steady on a shared, busy machine)
 * @param slowestMillis   the slowest single page in the timed pass, in milliseconds
 * @param slowestKey      key of that page
 * @param pageScores      per-page scores by key
 * @param predictions     extracted text by key
 */
public record BenchmarkResult(MetricSummary summary, double pagesPerSecond, double pagesPerCpuSecond, double slowestMillis, String slowestKey,
        Map<String, PageScore> pageScores, Map<String, String> predictions) {
}
