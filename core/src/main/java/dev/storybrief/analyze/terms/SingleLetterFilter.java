package dev.storybrief.analyze.terms;

import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Drops one-letter tokens ("a", the "s" of a split "U.S.") but keeps single digits ("3 people"): a letter alone
 * names nothing a reader would match on, a number may be the fact itself.
 */
public final class SingleLetterFilter extends FilteringTokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    /** Filters {@code input}. */
    public SingleLetterFilter(TokenStream input) {
        super(input);
    }

    @Override
    protected boolean accept() {
        return term.length() > 1 || term.length() == 1 && Character.isDigit(term.charAt(0));
    }
}
