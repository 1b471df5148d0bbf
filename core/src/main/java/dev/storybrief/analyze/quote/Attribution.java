package dev.storybrief.analyze.quote;

/**
 * Who a quote's surrounding words credit it to.
 *
 * @param speaker  the name or describing phrase as written, or the pronoun itself
 * @param pronoun  true for "he"/"she", which the extractor resolves to an earlier named speaker
 * @param at       character offset of the credited words in their sentence, used to order pronoun lookups
 * @param cueStart offset of the speech verb or phrase ("said", "according to") in the same sentence, or -1 when
 *                 the speaker was inferred without one (the sentence's subject)
 * @param cueEnd   offset after the cue, or -1
 */
record Attribution(String speaker, boolean pronoun, int at, int cueStart, int cueEnd) {

    /** Credited words found without a cue yet. */
    Attribution(String speaker, boolean pronoun, int at) {
        this(speaker, pronoun, at, -1, -1);
    }

    /** The same attribution, credited through the words at {@code [start, end)}. */
    Attribution withCue(int start, int end) {
        return new Attribution(speaker, pronoun, at, start, end);
    }

    boolean hasCue() {
        return cueStart >= 0;
    }
}
