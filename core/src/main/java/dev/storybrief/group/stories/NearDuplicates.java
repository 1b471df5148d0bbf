package dev.storybrief.group.stories;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntConsumer;

/**
 * Finds copies among articles as they arrive: MinHash signatures filed under their LSH band keys, so an article is
 * compared only with the earlier articles that share at least one band with it, and a candidate is a copy when their
 * dates are within the time window and either the estimated Jaccard similarity of their shingles reaches
 * {@link StoryOptions#duplicateSimilarity()} or the larger contains at least {@link #CONTAINED} of the smaller, which
 * has at least {@link #MIN_CONTAINED_SHINGLES} shingles (a reprint cut from the bottom, a brief taken from a longer
 * wire story).
 *
 * <p>It also tells when an article repeats a short text word for word ({@link #repeatsShortText(int[], long)}), which
 * may be a page template rather than a copy ({@link PageTemplates}).
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
    /**
     * Most shingles (about a hundred and fifty words, a few paragraphs) of a short text, which may be a page template
     * when it repeats word for word: software prints a notice (an archived-page note, an embedded post's fallback) the
     * same on every page it serves, while outlets that reprint a report mostly re-edit it (headline, byline, dateline,
     * trims), and a report is longer.
     */
    static final int SHORT_TEXT_SHINGLES = 150;
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
        int[] best = {-1};
        double[] bestSimilarity = {-1};
        forEachCandidate(signature, day, item -> {
            double similarity = MinHash.similarity(signature, signatures.get(item));
            if (isCopy(signature, signatures.get(item), similarity)
                    && (similarity > bestSimilarity[0] || (similarity == bestSimilarity[0] && item < best[0]))) {
                best[0] = item;
                bestSimilarity[0] = similarity;
            }
        });
        return best[0];
    }

    /**
     * True when an earlier text within the window is word for word this one (as far as the signatures tell: the same
     * number of shingles and every signature position alike) and it is shorter than {@link #SHORT_TEXT_SHINGLES}.
     */
    boolean repeatsShortText(int[] signature, long day) {
        int shingles = MinHash.shingleCount(signature);
        if (shingles >= SHORT_TEXT_SHINGLES) {
            return false;
        }
        boolean[] found = {false};
        forEachCandidate(signature, day, item -> found[0] |= MinHash.shingleCount(signatures.get(item)) == shingles
                && MinHash.similarity(signature, signatures.get(item)) == 1);
        return found[0];
    }

    /** Calls {@code action} once for each earlier item that shares a band with the signature, within the window. */
    private void forEachCandidate(int[] signature, long day, IntConsumer action) {
        Set<Integer> seen = new HashSet<>();
        for (long key : MinHash.bandKeys(signature)) {
            List<Integer> candidates = new ArrayList<>();
            if (ArticleDates.isDated(day)) {
                bands.forEachNear(key, day, Integer.MAX_VALUE, candidates::add);
            } else {
                bands.forEachAnyTime(key, candidates::add);
            }
            for (int item : candidates) {
                if (seen.add(item) && options.withinWindow(day, days.get(item))) {
                    comparisons++;
                    action.accept(item);
                }
            }
        }
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

    /** The day an item was filed under. */
    long day(int item) {
        return days.get(item);
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
