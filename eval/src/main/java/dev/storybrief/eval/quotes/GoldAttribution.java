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

    private static final String QUOTE_MARKS = "\"“”„‘’'«»`";

    /** True for a direct quotation: the content opens with a quotation mark (the PolNeAR README's count). */
    public boolean direct() {
        String text = content.text() == null ? "" : content.text().strip();
        return !text.isEmpty() && QUOTE_MARKS.indexOf(text.charAt(0)) >= 0;
    }
}
