package dev.storybrief.eval.rouge;

/**
 * One summary's counted-token ids as the two readers of the Perl scorer see them.
 *
 * @param ngramTokens the whole length-limited text ({@code readText}); n-grams, skip-bigrams, the
 *                    unigram tables that clip ROUGE-L hits, and the ROUGE-L peer denominator come from it
 * @param lcsUnits    one array per unit ({@code readText_LCS}); ROUGE-L's LCS and its reference
 *                    denominator come from these (they differ from ngramTokens only under {@code -b})
 */
record SummaryTokens(int[] ngramTokens, int[][] lcsUnits) {

    /** Total number of tokens over all LCS units. */
    int lcsTokenCount() {
        int total = 0;
        for (int[] unit : lcsUnits) {
            total += unit.length;
        }
        return total;
    }
}
