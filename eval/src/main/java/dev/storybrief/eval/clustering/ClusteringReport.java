package dev.storybrief.eval.clustering;

import java.util.Locale;
import java.util.Map;

/**
 * How well a clustering run recovered the true clusters, and how fast.
 *
 * @param articles         articles in the stream
 * @param trueClusters     clusters in the truth
 * @param stories          stories found
 * @param bcubed           B-cubed over all articles
 * @param adjustedRand     adjusted Rand index over all articles
 * @param perDataset       B-cubed and adjusted Rand over the articles of each data set alone
 * @param comparisons      similarity computations the clusterer made
 * @param seconds          wall time of the clustering alone
 * @param overlapping      extended B-cubed ({@link ExtendedBCubed}) with each text a data set puts in two clusters
 *                         read as one item of both: a column beside {@link #bcubed}, which stays the headline
 */
public record ClusteringReport(int articles, int trueClusters, int stories, BCubed.BCubedScore bcubed,
                               double adjustedRand, Map<String, Scores> perDataset, long comparisons,
                               double seconds, BCubed.BCubedScore overlapping) {

    /** A report of a stream where no text is in two clusters: extended B-cubed is then plain B-cubed. */
    public ClusteringReport(int articles, int trueClusters, int stories, BCubed.BCubedScore bcubed,
                            double adjustedRand, Map<String, Scores> perDataset, long comparisons, double seconds) {
        this(articles, trueClusters, stories, bcubed, adjustedRand, perDataset, comparisons, seconds, bcubed);
    }

    /** Articles clustered per second. */
    public double articlesPerSecond() {
        return articles / seconds;
    }

    /**
     * Scores over one subset of the articles.
     *
     * @param bcubed       B-cubed
     * @param adjustedRand adjusted Rand index
     */
    public record Scores(BCubed.BCubedScore bcubed, double adjustedRand) {
    }

    /** The report as readable lines. */
    public String describe() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%d articles, %d true clusters, %d stories found, %,d similarity computations%n",
                articles, trueClusters, stories, comparisons));
        out.append(String.format(Locale.ROOT, "all:      B-cubed P %.3f R %.3f F1 %.3f, ARI %.3f%n", bcubed.precision(),
                bcubed.recall(), bcubed.f1(), adjustedRand));
        out.append(String.format(Locale.ROOT, "shared:   extended B-cubed P %.3f R %.3f F1 %.3f (a text in two clusters"
                + " as one item of both)%n", overlapping.precision(), overlapping.recall(), overlapping.f1()));
        perDataset.forEach((name, s) -> out.append(String.format(Locale.ROOT, "%-9s B-cubed P %.3f R %.3f F1 %.3f, ARI %.3f%n",
                name + ":", s.bcubed().precision(), s.bcubed().recall(), s.bcubed().f1(), s.adjustedRand())));
        out.append(String.format(Locale.ROOT, "speed:    %.2f s, %.0f articles/s%n", seconds, articlesPerSecond()));
        return out.toString();
    }
}
