package dev.storybrief.group.stories;

/**
 * What a long read is: an article of {@link #MIN_WORDS} words or more, three times a news report's usual length. Its
 * lead says which event it tells, as a report's does, but its body then follows people and places for thousands of
 * words, so its whole-text words are far from a short report's of the same event. Story grouping files it under its
 * lead's words too, and a briefing's off-topic check reads its lead.
 */
public final class LongReads {
    /** Words from which an article is a long read (a news report runs to 400 to 800). */
    public static final int MIN_WORDS = 1_500;

    private LongReads() {
    }

    /** True when the text has at least {@link #MIN_WORDS} words; stops counting there. */
    public static boolean isLong(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length() && words < MIN_WORDS; i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return words >= MIN_WORDS;
    }
}
