package dev.storybrief.model;

/**
 * Word counting as a reader and the summary budget see it: whitespace-separated tokens, except in scripts written
 * without spaces between words (Chinese, Japanese, Thai, ...), where two characters carry about one word's worth of
 * text (the HTML extractor's measure too), so a Chinese sentence counts as many words as its length says rather than
 * as one.
 */
public final class Words {
    private Words() {
    }

    /** Counts words: whitespace-separated tokens, and one per two characters of an unspaced script; blank has none. */
    public static int count(String text) {
        return count(text, Integer.MAX_VALUE);
    }

    /**
     * True when the text has at most {@code limit} words, as {@link #count} counts them; reads only as far as the
     * limit, so asking it of every line of a page costs nothing for a line of megabytes.
     */
    public static boolean atMost(String text, int limit) {
        return count(text, limit) <= limit;
    }

    /** The count, or a number above {@code stopAbove} as soon as the count passes it (it never goes down). */
    private static int count(String text, int stopAbove) {
        if (text == null) {
            return 0;
        }
        int count = 0;
        boolean inWord = false;
        int unspacedRun = 0;
        for (int i = 0; i < text.length() && count <= stopAbove; ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp)) {
                inWord = false;
                unspacedRun = 0;
            } else if (isUnspacedScript(cp)) {
                // every other character of a run starts a word; the token around it no longer counts as one word
                if (unspacedRun % 2 == 0) {
                    count++;
                }
                unspacedRun++;
                inWord = true;
            } else if (Character.isLetterOrDigit(cp) || unspacedRun == 0) {
                if (!inWord || unspacedRun > 0) {
                    count++;
                }
                inWord = true;
                unspacedRun = 0;
            }
            // punctuation inside a run of an unspaced script ("运营，数万") is no word of its own
        }
        return count;
    }

    /** True for a letter of a script written without spaces between words: Han, kana, Thai, Lao, Khmer, Myanmar. */
    public static boolean isUnspacedScript(int cp) {
        if (cp < 0x0E00) {
            return false;
        }
        if (cp == 0x30FC || cp == 0xFF70) {
            // the kana prolonged sound mark ("フェリー") belongs to no script of its own
            return true;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.THAI
                || script == Character.UnicodeScript.LAO || script == Character.UnicodeScript.KHMER
                || script == Character.UnicodeScript.MYANMAR;
    }
}
