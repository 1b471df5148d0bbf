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
 * @param where         where the quoted words, the speaker's words and the cue stand
 */
public record Quote(String text, String speaker, int sentenceIndex, boolean partial, Where where) {

    /** Validates required fields. */
    public Quote {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(where, "where");
        if (sentenceIndex < 0) {
            throw new IllegalArgumentException("negative sentence index " + sentenceIndex);
        }
    }

    /**
     * Where a quote's parts stand, as sentence indexes and offsets within those sentences.
     *
     * @param startSentence the sentence where the quoted words start
     * @param contentStart  offset of the first quoted character in it
     * @param endSentence   the sentence where they end
     * @param contentEnd    offset after the last quoted character in it
     * @param speaker       the words naming the speaker (a pronoun included), or null; for a quote that continues
     *                      the previous one's speaker, that quote's speaker words
     * @param cue           the speech verb or phrase, or null
     */
    public record Where(int startSentence, int contentStart, int endSentence, int contentEnd, Stretch speaker,
                        Stretch cue) {
    }

    /** Characters {@code [start, end)} of one sentence. */
    public record Stretch(int sentence, int start, int end) {
    }
}
