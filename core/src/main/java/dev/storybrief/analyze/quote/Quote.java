package dev.storybrief.analyze.quote;

import java.util.Objects;

/**
 * One quotation in an article.
 *
 * @param text          the words inside the quote marks; a quote spanning sentences is joined with single spaces, and
 *                      the comma before a closing mark (",” he said") is dropped
 * @param speaker       who said it as the article writes the name ("Hartwell", "David Hartwell", "NATO officials"),
 *                      pronouns already replaced by the most recent named speaker; null when unknown
 * @param sentenceIndex index of the sentence where the quote opens
 * @param partial       true for a fragment worked into the reporter's own sentence ("NATO is “very ready” to
 *                      help"), false for a quote that stands as a sentence of its own or follows "X said:"
 */
public record Quote(String text, String speaker, int sentenceIndex, boolean partial) {

    /** Validates required fields. */
    public Quote {
        Objects.requireNonNull(text, "text");
        if (sentenceIndex < 0) {
            throw new IllegalArgumentException("negative sentence index " + sentenceIndex);
        }
    }
}
