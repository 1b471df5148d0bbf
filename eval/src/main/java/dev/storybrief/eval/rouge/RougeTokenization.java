package dev.storybrief.eval.rouge;

/**
 * How the scorer cuts the text of a unit into tokens.
 *
 * <p>{@link #ASCII} is ROUGE-1.5.5's own rule and the default. {@link #UNICODE} is a documented deviation for
 * languages the Perl scorer cannot read: ROUGE-1.5.5 keeps only runs of ASCII letters and digits, so an Arabic,
 * Greek or Hindi summary is scored on its numbers alone. On text made only of ASCII characters both give the same
 * tokens, so the same figures.
 */
public enum RougeTokenization {
    /** ROUGE-1.5.5: maximal runs of {@code [a-z0-9]} in the A-Z-lower-cased bytes; every other byte separates. */
    ASCII,
    /**
     * Maximal runs of letters, digits and combining marks of any script (a Devanagari vowel sign or an Arabic
     * vowel mark stays inside its word), lower-cased with the root locale. Not stemmed: the scorer's stemmer is
     * English only, so a scorer with this tokenization refuses {@code -m}.
     */
    UNICODE;

    /** True when the code point continues a {@link #UNICODE} token. */
    static boolean isUnicodeTokenPart(int codePoint) {
        if (Character.isLetterOrDigit(codePoint)) {
            return true;
        }
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }
}
