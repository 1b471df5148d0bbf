package dev.storybrief.analyze.terms;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Joins a figure written in Chinese numerals back into one term: the segmenter cuts "二十二" (22) into 二, 十, 二, so
 * any two articles with any figures would share 二 and 十, while "22" is one term in every other chain. Adjacent
 * numeral tokens with nothing between them become one ("二十二", "一百一十"); a figure then meets the same figure.
 */
final class HanNumeralFilter extends TokenFilter {
    private static final String NUMERALS = "零〇一二三四五六七八九十百千万亿两";
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private State pending;
    private boolean exhausted;

    HanNumeralFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (pending != null) {
            restoreState(pending);
            pending = null;
        } else if (exhausted || !input.incrementToken()) {
            return false;
        }
        if (!numeral()) {
            return true;
        }
        State first = captureState();
        StringBuilder figure = new StringBuilder(term);
        int start = offset.startOffset();
        int end = offset.endOffset();
        while (true) {
            if (!input.incrementToken()) {
                exhausted = true;
                break;
            }
            if (!numeral() || offset.startOffset() != end) {
                pending = captureState();
                break;
            }
            figure.append(term);
            end = offset.endOffset();
        }
        restoreState(first);
        term.setEmpty().append(figure);
        offset.setOffset(start, end);
        return true;
    }

    private boolean numeral() {
        for (int i = 0; i < term.length(); i++) {
            if (NUMERALS.indexOf(term.charAt(i)) < 0) {
                return false;
            }
        }
        return term.length() > 0;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending = null;
        exhausted = false;
    }
}
