package dev.storybrief.model;

import java.util.Objects;

/**
 * A quotation in an article, with who said it.
 *
 * @param start         offset of the quoted words in the article text (inside the quote marks)
 * @param end           offset after them; a quotation may span sentences
 * @param sentence      index of the sentence where it opens
 * @param text          the quoted words, sentences joined by one space, a comma before the closing mark dropped
 * @param cue           the speech verb or phrase that credits it ("said", "according to"), or {@code null}
 * @param speaker       the words naming the speaker ("Hartwell", "the military alliance's leader", "he"), or
 *                      {@code null} when the article does not say
 * @param speakerName   the fullest name the article gives that speaker ("David Hartwell"), pronouns resolved; or
 *                      {@code null}
 * @param speakerRole   the longest description the article attaches to the speaker, or {@code null}
 * @param partial       true for a fragment worked into the reporter's own sentence
 */
public record QuoteSpan(int start, int end, int sentence, String text, Mention cue, Mention speaker,
                        String speakerName, String speakerRole, boolean partial) {

    /** Validates the extent and required fields. */
    public QuoteSpan {
        Objects.requireNonNull(text, "text");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad quote extent [" + start + ", " + end + ")");
        }
    }
}
