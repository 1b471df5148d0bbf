package dev.storybrief.model;

/**
 * A stretch of an article's text: where it is and what it says.
 *
 * @param start offset of the first character in the article text
 * @param end   offset after the last character
 * @param text  the text there
 */
public record Mention(int start, int end, String text) {

    /** Validates the extent. */
    public Mention {
        Spans.check(start, end, text);
    }
}
