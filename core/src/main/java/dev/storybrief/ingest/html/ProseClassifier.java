package dev.storybrief.ingest.html;

/**
 * A second, independent view of which text blocks of a page are article text, in the manner of jusText (Pomikálek,
 * 2011): each block is rated by itself, by its length, its link density and its density of function words
 * ({@link StopWords}), and short or borderline blocks then take the rating of their neighbours. Running text is long,
 * mostly unlinked and full of function words; menus, teaser lists, labels, credits and copyright lines are short,
 * linked or made of names and nouns. Unlike the container view it looks at no element boundaries, so it still sees
 * the article when the page wraps each paragraph in its own box or splits the body over sibling elements.
 */
final class ProseClassifier {

    /** A block rated by itself. */
    enum Rating { GOOD, NEAR_GOOD, SHORT, BAD }

    /** Blocks shorter than this many characters are judged by their neighbours. */
    static final int LENGTH_LOW = 70;
    /** A block with enough function words is good only from this many characters on (else near-good). */
    static final int LENGTH_HIGH = 200;
    /** Function-word density from which a block is near-good. */
    static final double STOPWORDS_LOW = 0.30;
    /** Function-word density from which a long block is good. */
    static final double STOPWORDS_HIGH = 0.32;
    /** Blocks with more than this share of linked characters are link lists or teasers. */
    static final double MAX_LINK_DENSITY = 0.2;

    private ProseClassifier() {
    }

    /** The context-free rating of one block. */
    static Rating rate(TextBlock b) {
        if (isPlainlyBad(b)) {
            return Rating.BAD;
        }
        int length = b.text().length();
        if (length < LENGTH_LOW) {
            return Rating.SHORT;
        }
        double stop = StopWords.density(b.text());
        if (stop >= STOPWORDS_HIGH) {
            return length > LENGTH_HIGH ? Rating.GOOD : Rating.NEAR_GOOD;
        }
        return stop >= STOPWORDS_LOW ? Rating.NEAR_GOOD : Rating.BAD;
    }

    /**
     * Whether the block is bad whatever its words: mostly linked, a copyright line, server text, or short with a link.
     * Needs no function-word count; {@link #rate} says bad for every such block.
     */
    static boolean isPlainlyBad(TextBlock b) {
        return b.linkDensity() > MAX_LINK_DENSITY || b.text().indexOf('\u00A9') >= 0 || b.isServerMessage()
                || b.text().length() < LENGTH_LOW && b.linkChars() > 0;
    }

    /**
     * jusText's context pass: a short block between good ones is good, between bad ones bad, and next to a near-good
     * block on the bad side good; a near-good block is good unless bad blocks surround it. The page's ends count as
     * bad.
     */
    static boolean[] inContext(Rating[] r) {
        Rating[] shortResolved = r.clone();
        for (int i = 0; i < r.length; i++) {
            if (r[i] != Rating.SHORT) {
                continue;
            }
            Rating prev = neighbour(r, i, -1, true);
            Rating next = neighbour(r, i, 1, true);
            boolean good;
            if (prev == Rating.GOOD && next == Rating.GOOD) {
                good = true;
            } else if (prev == Rating.BAD && next == Rating.BAD) {
                good = false;
            } else if (prev == Rating.BAD) {
                good = neighbour(r, i, -1, false) == Rating.NEAR_GOOD;
            } else if (next == Rating.BAD) {
                good = neighbour(r, i, 1, false) == Rating.NEAR_GOOD;
            } else {
                good = false;
            }
            shortResolved[i] = good ? Rating.GOOD : Rating.BAD;
        }
        boolean[] out = new boolean[r.length];
        for (int i = 0; i < r.length; i++) {
            if (shortResolved[i] == Rating.NEAR_GOOD) {
                out[i] = !(neighbour(shortResolved, i, -1, true) == Rating.BAD
                        && neighbour(shortResolved, i, 1, true) == Rating.BAD);
            } else {
                out[i] = shortResolved[i] == Rating.GOOD;
            }
        }
        return out;
    }

    /** The nearest rating in direction {@code step} that is not short (nor near-good when asked), BAD past the end. */
    private static Rating neighbour(Rating[] r, int i, int step, boolean skipNearGood) {
        for (int j = i + step; j >= 0 && j < r.length; j += step) {
            if (r[j] == Rating.BAD || r[j] == Rating.GOOD || !skipNearGood && r[j] == Rating.NEAR_GOOD) {
                return r[j];
            }
        }
        return Rating.BAD;
    }
}
