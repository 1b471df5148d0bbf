package dev.storybrief.eval.rouge;

/**
 * N-grams and skip-bigrams of a token-id sequence as packed long keys (two 32-bit ids), in text order.
 * Grams run across unit boundaries, like the Perl scorer's whole-text {@code createNGram}.
 * Token ids are non-negative ints, so every key is non-negative.
 */
final class GramCounter {
    /** Second half of a skip-unigram key; no token id reaches it, so it never equals a pair key. */
    private static final long UNIGRAM_MARK = 0xFFFF_FFFFL;

    private GramCounter() {
    }

    /** Unigram keys. */
    static long[] unigrams(int[] tokens) {
        long[] grams = new long[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            grams[i] = tokens[i];
        }
        return grams;
    }

    /** Bigram keys; a text of n tokens has max(0, n - 1). */
    static long[] bigrams(int[] tokens) {
        int count = Math.max(0, tokens.length - 1);
        long[] grams = new long[count];
        for (int i = 0; i < count; i++) {
            grams[i] = pair(tokens[i], tokens[i + 1]);
        }
        return grams;
    }

    /**
     * Skip-bigram keys as {@code createSkipBigram}: pairs (i, j) with i &lt; j &lt;= i + distance + 1
     * (no bound when distance is negative), plus with {@code unigrams} the unigram of each i. The Perl loop
     * runs {@code i < $#tokens}, so the last token's unigram is never counted and one token counts nothing.
     */
    static long[] skipBigrams(int[] tokens, int distance, boolean unigrams) {
        int last = tokens.length - 1;
        int count = 0;
        for (int i = 0; i < last; i++) {
            count += (unigrams ? 1 : 0) + (reach(i, last, distance) - i);
        }
        long[] grams = new long[count];
        int at = 0;
        for (int i = 0; i < last; i++) {
            if (unigrams) {
                grams[at++] = ((long) tokens[i] << 32) | UNIGRAM_MARK;
            }
            for (int j = i + 1, end = reach(i, last, distance); j <= end; j++) {
                grams[at++] = pair(tokens[i], tokens[j]);
            }
        }
        return grams;
    }

    private static int reach(int i, int last, int distance) {
        return distance < 0 ? last : (int) Math.min(last, (long) i + distance + 1);
    }

    private static long pair(int first, int second) {
        return ((long) first << 32) | (second & 0xFFFF_FFFFL);
    }
}
