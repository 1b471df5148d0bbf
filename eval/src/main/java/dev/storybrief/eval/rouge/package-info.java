/**
 * ROUGE exactly as the reference Perl scorer ROUGE-1.5.5 computes it, figure for figure.
 *
 * <p>Entry points: {@link dev.storybrief.eval.rouge.RougeScorer} scores one peer summary against its
 * references ({@link dev.storybrief.eval.rouge.RougeResult}: ROUGE-1, -2, -L and -SU4 with R, P, F and raw
 * counts); {@link dev.storybrief.eval.rouge.BootstrapAverager} turns per-topic results into the printed
 * system averages and 95% confidence intervals. Options come from
 * {@link dev.storybrief.eval.rouge.RougeOptions} (or a Perl flag string); the stopword list and the WordNet
 * exception table are loaded at run time by {@link dev.storybrief.eval.rouge.RougeResources}.
 *
 * <p>The code depends on the JDK only, except {@link dev.storybrief.eval.rouge.RougeBenchmark} (JMH).
 */
package dev.storybrief.eval.rouge;
