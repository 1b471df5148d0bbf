package dev.storybrief.analyze.quote;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The quoted stretches of one article, marked once per sentence: whether an offset lies inside quote marks, where the
 * next quote of a sentence opens and where the previous one closed. A page of hundreds of quotes asks these for every
 * name and every quote; reading the page's whole quote list for each answer made the page's cost grow with the square
 * (and the cube) of its quotes, a sorted array per sentence answers in a binary search.
 */
final class QuotedStretches {

    private static final int[] NONE = new int[0];

    /** Per sentence, the union of its quoted stretches as sorted, disjoint [from, to) pairs, flattened. */
    private final int[][] covered;
    /** Per sentence, the sorted offsets where a quote opens in it. */
    private final int[][] openings;
    /** Per sentence, the sorted offsets where a quote's closing mark ends in it. */
    private final int[][] closings;

    private QuotedStretches(int[][] covered, int[][] openings, int[][] closings) {
        this.covered = covered;
        this.openings = openings;
        this.closings = closings;
    }

    /** Marks the stretches of {@code spans} over an article of {@code sentenceCount} sentences. */
    static QuotedStretches of(List<QuoteMarks> spans, int sentenceCount) {
        List<List<int[]>> stretches = lists(sentenceCount);
        List<List<Integer>> opens = lists(sentenceCount);
        List<List<Integer>> closes = lists(sentenceCount);
        for (QuoteMarks q : spans) {
            if (q.startSentence() < 0 || q.endSentence() >= sentenceCount || q.startSentence() > q.endSentence()) {
                continue;
            }
            opens.get(q.startSentence()).add(q.openAt());
            closes.get(q.endSentence()).add(q.closeEnd());
            for (int s = q.startSentence(); s <= q.endSentence(); s++) {
                int from = s == q.startSentence() ? q.openAt() : Integer.MIN_VALUE;
                int to = s == q.endSentence() ? q.closeEnd() : Integer.MAX_VALUE;
                if (from < to) {
                    stretches.get(s).add(new int[] {from, to});
                }
            }
        }
        int[][] covered = new int[sentenceCount][];
        int[][] openings = new int[sentenceCount][];
        int[][] closings = new int[sentenceCount][];
        for (int s = 0; s < sentenceCount; s++) {
            covered[s] = union(stretches.get(s));
            openings[s] = sorted(opens.get(s));
            closings[s] = sorted(closes.get(s));
        }
        return new QuotedStretches(covered, openings, closings);
    }

    /** True when {@code offset} of sentence {@code sentence} lies inside quote marks (as {@link QuoteMarks#covers}). */
    boolean covers(int sentence, int offset) {
        int[] pairs = sentence >= 0 && sentence < covered.length ? covered[sentence] : NONE;
        // the last stretch starting at or before the offset is the only one that can hold it
        int low = 0;
        int high = pairs.length / 2 - 1;
        int found = -1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (pairs[2 * mid] <= offset) {
                found = mid;
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return found >= 0 && offset < pairs[2 * found + 1];
    }

    /** Where the first quote of {@code sentence} opening in {@code [from, sentenceEnd)} opens, else {@code sentenceEnd}. */
    int nextOpening(int sentence, int from, int sentenceEnd) {
        int[] opens = openings[sentence];
        int k = firstAtLeast(opens, from);
        return k < opens.length && opens[k] < sentenceEnd ? opens[k] : sentenceEnd;
    }

    /** Where the last quote of {@code sentence} closing at or before {@code before} closed, else 0. */
    int previousClosing(int sentence, int before) {
        int[] closes = closings[sentence];
        int k = firstAtLeast(closes, before + 1) - 1;
        return k >= 0 ? Math.max(0, closes[k]) : 0;
    }

    private static int firstAtLeast(int[] sorted, int value) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sorted[mid] < value) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private static int[] union(List<int[]> stretches) {
        if (stretches.isEmpty()) {
            return NONE;
        }
        stretches.sort((a, b) -> Integer.compare(a[0], b[0]));
        int[] pairs = new int[2 * stretches.size()];
        int n = 0;
        for (int[] stretch : stretches) {
            if (n > 0 && stretch[0] <= pairs[n - 1]) {
                pairs[n - 1] = Math.max(pairs[n - 1], stretch[1]);
            } else {
                pairs[n++] = stretch[0];
                pairs[n++] = stretch[1];
            }
        }
        return Arrays.copyOf(pairs, n);
    }

    private static int[] sorted(List<Integer> offsets) {
        return offsets.stream().mapToInt(Integer::intValue).sorted().toArray();
    }

    private static <T> List<List<T>> lists(int count) {
        List<List<T>> lists = new ArrayList<>(count);
        for (int s = 0; s < count; s++) {
            lists.add(new ArrayList<>());
        }
        return lists;
    }
}
