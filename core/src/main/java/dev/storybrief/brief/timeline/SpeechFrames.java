package dev.storybrief.brief.timeline;

import dev.storybrief.model.SentenceMarks;
import java.util.regex.Pattern;

/**
 * Sentences that only frame what someone says: "She told reporters on Tuesday:" opening a quotation set as its own
 * paragraph, or "He said." closing one. The words said are elsewhere, so the frame alone tells no event; with its date
 * ("on Tuesday") it would still make a timeline row that reads as nothing happening.
 */
final class SpeechFrames {
    /** A sentence that ends on a colon hands over to what follows (the quotation, a list): it says nothing itself. */
    private static final Pattern HANDS_OVER = Pattern.compile("[:：][" + SentenceMarks.CLOSERS + "\\s]*$");
    /**
     * A speaker (up to four words), a verb of saying and at most who was told and when, then a full stop: "He said.",
     * "Marsh told reporters.", "The mayor added on Friday."
     */
    private static final Pattern BARE = Pattern.compile("^(?:[\\p{L}'’.-]+\\s+){1,4}(?:said|says|added|adds"
            + "|explained|wrote|writes|stated|continued|insisted|declared|replied|told(?:\\s+(?:the\\s+)?\\p{L}+)?)"
            + "(?:\\s+(?:on|late|early|in|at|last|this)\\b[^.!?]{0,30})?[.!][" + SentenceMarks.CLOSERS + "]*$");

    private SpeechFrames() {
    }

    /** True when the sentence only frames speech reported elsewhere. */
    static boolean isBare(String sentence) {
        String text = sentence.strip();
        return HANDS_OVER.matcher(text).find() || BARE.matcher(text).matches();
    }
}
