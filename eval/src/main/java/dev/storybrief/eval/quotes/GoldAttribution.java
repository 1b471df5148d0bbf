package dev.storybrief.eval.quotes;

import dev.storybrief.eval.annotate.Span;

/**
 * One PolNeAR attribution relation.
 *
 * @param content what is attributed (a quotation or a paraphrase), its outer extent
 * @param source  who it is attributed to as the text names them ("Clinton", "he", "the campaign"), or null when the
 *                annotators marked no source
 */
public record GoldAttribution(Span content, Span source) {

    /**
     * Opening double quotation marks. Single quotes are left out: a straight or right one also starts "'90s" or "'em",
     * and the README's count leaves them out too.
     */
    private static final String QUOTE_MARKS = "\"“„«";

    /**
     * True for a direct quotation: the content opens with a quotation mark (as the PolNeAR README counts them: 370 in
     * dev, 3,174 in train).
     */
    public boolean direct() {
        String text = content.text() == null ? "" : content.text().strip();
        return !text.isEmpty() && QUOTE_MARKS.indexOf(text.charAt(0)) >= 0;
    }
}
