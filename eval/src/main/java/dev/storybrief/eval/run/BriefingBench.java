package dev.storybrief.eval.run;

import dev.storybrief.Storybrief;
import dev.storybrief.eval.dataset.EvalCluster;
import dev.storybrief.model.Briefing;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Times the whole briefing of each cluster (clean, analyze, group, summary, timeline, quotes, entities,
 * disagreements) on one thread, after warm-up rounds that let the JIT compile.
 */
public final class BriefingBench {
    private final Storybrief storybrief;

    /** A bench of the default pipeline at {@code words} words. */
    public BriefingBench(int words) {
        this.storybrief = Storybrief.builder().words(words).build();
    }

    /**
     * Timing figures over clusters, in milliseconds per briefing.
     *
     * @param briefings number of timed briefings
     * @param meanMs    mean
     * @param p50Ms     median
     * @param p95Ms     95th percentile
     * @param maxMs     slowest
     */
    public record Timing(int briefings, double meanMs, double p50Ms, double p95Ms, double maxMs) {
        /** One line for a terminal. */
        public String line() {
            return String.format(Locale.ROOT, "%d briefings: mean %.1f ms, median %.1f ms, p95 %.1f ms, max %.1f ms",
                    briefings, meanMs, p50Ms, p95Ms, maxMs);
        }
    }

    /** Runs {@code warmup} untimed rounds, then {@code rounds} timed rounds over the clusters. */
    public Timing run(List<EvalCluster> clusters, int warmup, int rounds) {
        for (int r = 0; r < warmup; r++) {
            clusters.forEach(this::brief);
        }
        List<Double> ms = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            for (EvalCluster cluster : clusters) {
                long t0 = System.nanoTime();
                brief(cluster);
                ms.add((System.nanoTime() - t0) / 1e6);
            }
        }
        Collections.sort(ms);
        double mean = ms.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        return new Timing(ms.size(), mean, percentile(ms, 50), percentile(ms, 95), ms.isEmpty() ? 0 : ms.get(ms.size() - 1));
    }

    private Briefing brief(EvalCluster cluster) {
        return storybrief.briefDocuments(cluster.id(), cluster.documents(), List.of());
    }

    private static double percentile(List<Double> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}
