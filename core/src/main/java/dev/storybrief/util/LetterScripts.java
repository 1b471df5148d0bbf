package dev.storybrief.util;

/**
 * Which of two alphabets a text's letters are mostly written in: Serbian is written in both Cyrillic and Latin, and
 * both the language identifier and the summary's choice of script ask it.
 */
public final class LetterScripts {
    private LetterScripts() {
    }

    /** True when more letters of the text are Cyrillic than Latin (false on a tie or when it has neither). */
    public static boolean mostlyCyrillic(CharSequence text) {
        int cyrillic = 0;
        int latin = 0;
        for (int i = 0; i < text.length(); i++) {
            Character.UnicodeScript script = Character.UnicodeScript.of(text.charAt(i));
            if (script == Character.UnicodeScript.CYRILLIC) {
                cyrillic++;
            } else if (script == Character.UnicodeScript.LATIN) {
                latin++;
            }
        }
        return cyrillic > latin;
    }
}
