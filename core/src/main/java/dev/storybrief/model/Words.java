package dev.storybrief.model;

/** Word counting as a reader and the summary budget see it: whitespace-separated tokens. */
public final class Words {
    private Words() {
    }

    /** Counts whitespace-separated words; {@code null} or blank text has none. */
    public static int count(String text) {
        if (text == null) {
            return 0;
        }
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && !inWord) {
                count++;
            }
            inWord = !space;
        }
        return count;
    }
}
