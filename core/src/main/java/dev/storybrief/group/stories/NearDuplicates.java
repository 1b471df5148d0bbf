package dev.storybrief.group.stories;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds copies among articles as they arrive: MinHash signatures filed under their LSH band keys, so an article is
 * compared only with the earlier articles that share at least one band with it, and a candidate is a copy when their
 * dates are within the time window and either the estimated Jaccard similarity of their shingles reaches
 * {@link StoryOptions#duplicateSimilarity()} or the larger contains at least {@link #CONTAINED} of the smaller, which
 * has at least {@link #MIN_CONTAINED_SHINGLES} shingles (a reprint cut from the bottom, a brief taken from a longer
 * wire story).
 */
final class NearDuplicates {
    /**
     * Least estimated share of the smaller article's shingles found in the larger one for a cut-down copy. 0.7 with a
     * copy Jaccard of 0.5 found 85% of the reprint pairs of NearDuplicateEvaluation at precision 0.98 (0.8 and 0.7:
     * 70%, 0.985; 0.6: 89%, 0.95, the extra pairs being DUC wire versions just under the exact test).
     */
    static final double CONTAINED = 0.7;
    /** Fewest shingles (about two sentences) an article needs to count as contained in another. */
    static final int MIN_CONTAINED_SHINGLES = 40;
    private final StoryOptions options;
    private final TimeBucketIndex<Long> bands;
    private final List<int[]> signatures = new ArrayList<>();
    private final List<Long> days = new ArrayList<>();
    private long comparisons;

    NearDuplicates(StoryOptions options) {
        this.options = options;
        this.bands = new TimeBucketIndex<>(options.windowDays());
    }

    /**
     * The earlier item most similar to the signature among those that pass the threshold (the lowest number on a
     * tie), or -1 when none does.
     */
    int findCopy(int[] signature, long day) {
        Set<Integer> seen = new HashSet<>();
        int best = -1;
        double bestSimilarity = -1;
        for (long key : MinHash.bandKeys(signature)) {
            List<Integer> candidates = new ArrayList<>();
            if (ArticleDates.isDated(day)) {
                bands.forEachNear(key, day, Integer.MAX_VALUE, candidates::add);
            } else {
                bands.forEachAnyTime(key, candidates::add);
            }
            for (int item : candidates) {
                if (!seen.add(item) || !options.withinWindow(day, days.get(item))) {
                    continue;
                }
                comparisons++;
                double similarity = MinHash.similarity(signature, signatures.get(item));
                if (isCopy(signature, signatures.get(item), similarity)
                        && (similarity > bestSimilarity || (similarity == bestSimilarity && item < best))) {
                    best = item;
                    bestSimilarity = similarity;
                }
            }
        }
        return best;
    }

    private boolean isCopy(int[] a, int[] b, double similarity) {
        if (similarity >= options.duplicateSimilarity()) {
            return true;
        }
        return Math.min(MinHash.shingleCount(a), MinHash.shingleCount(b)) >= MIN_CONTAINED_SHINGLES
                && MinHash.containment(a, b) >= CONTAINED;
    }

    /** Files the next item (numbered from 0 in call order) so later articles can find it; returns its number. */
    int add(int[] signature, long day) {
        int item = signatures.size();
        signatures.add(signature);
        days.add(day);
        for (long key : MinHash.bandKeys(signature)) {
            bands.add(key, day, item);
        }
        return item;
    }

    /** The signature of an item. */
    int[] signature(int item) {
        return signatures.get(item);
    }

    /** Signature comparisons made so far. */
    long comparisons() {
        return comparisons;
    }
}
