package dev.storybrief.model;

/**
 * One sentence of an article, located so a reader can be sent back to it.
 *
 * @param articleId the article it belongs to
 * @param index     position among the article's sentences, from 0
 * @param paragraph index of the paragraph holding it, from 0
 * @param text      the sentence, verbatim from the cleaned paragraph
 * @param start     offset of the first character within the paragraph
 * @param end       offset after the last character within the paragraph
 * @param inQuote   true when the sentence starts inside a quotation opened by an earlier sentence, so it is
 *                  someone's words without their name
 */
public record Sentence(String articleId, int index, int paragraph, String text, int start, int end, boolean inQuote) {

    /** Whitespace-separated word count. */
    public int words() {
        return Words.count(text);
    }
}
