package dev.storybrief.model;

/**
 * One word of a sentence and its part of speech, as the part-of-speech layer tagged it.
 *
 * @param start offset of the word in the article text
 * @param end   offset after the word
 * @param word  the word as written
 * @param tag   its Universal Dependencies part of speech ("VERB", "NOUN", "PROPN", "AUX", ...)
 */
public record WordTag(int start, int end, String word, String tag) {
    /** True for a verb that is no auxiliary ("struck", "arrested"; not "was", "has"). */
    public boolean isVerb() {
        return "VERB".equals(tag);
    }

    /** True for a common noun ("earthquake", "plane"; not a name). */
    public boolean isNoun() {
        return "NOUN".equals(tag);
    }
}
