package dev.storybrief.analyze.terms;

import com.ibm.icu.text.Transliterator;
import java.text.Normalizer;

/**
 * One spelling for a name written in two scripts, for keys and comparisons (never for display). Serbian is written in
 * Cyrillic and in Latin, letter for letter: "Вучић" is "Vučić", "Љубљана" is "Ljubljana", "Џеко" is "Džeko". ICU's
 * general Cyrillic transliteration (Any-Latin) follows ISO 9 and writes Serbia's own letters otherwise ("L̂ubl̂ana",
 * "D̂eko"), so a name of a Cyrillic report would not meet the same name in a Latin one; the letters only Serbian and
 * Macedonian have (Ђ Ћ Љ Њ Џ Ј) go through ICU's Serbian-Latin/BGN, which writes them as Serbia's Latin alphabet
 * does, and the rest of any script through Any-Latin. Thread-safe: ICU transliterators are kept per thread.
 */
public final class ScriptFolding {
    private static final ThreadLocal<Transliterator> SERBIAN_LETTERS =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("[ЂђЋћЉљЊњЏџЈј] Serbian-Latin/BGN"));
    private static final ThreadLocal<Transliterator> TO_LATIN =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Any-Latin"));
    private static final ThreadLocal<Transliterator> TO_ASCII =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Any-Latin; Latin-ASCII"));

    private ScriptFolding() {
    }

    /** True when the text has a Cyrillic letter. */
    public static boolean hasCyrillic(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.UnicodeScript.of(text.charAt(i)) == Character.UnicodeScript.CYRILLIC) {
                return true;
            }
        }
        return false;
    }

    /** The text in Latin letters, accents kept ("Вучић" is "Vučić"); Latin text as it is. */
    public static String toLatin(String text) {
        if (isAscii(text)) {
            return text;
        }
        // ICU writes accents as combining marks: composed again, "Đorđević" equals the Latin report's spelling
        return Normalizer.normalize(TO_LATIN.get().transliterate(serbianLetters(text)), Normalizer.Form.NFC);
    }

    /**
     * Lower-case ASCII letters and digits of a word: accents dropped, other scripts transliterated ("Ségolène" is
     * "segolene", "Путин" is "putin", "Љубљана" is "ljubljana").
     */
    public static String toAscii(String word) {
        String latin = isAscii(word) ? word : TO_ASCII.get().transliterate(serbianLetters(word));
        StringBuilder out = new StringBuilder(latin.length());
        for (int i = 0; i < latin.length(); i++) {
            char c = Character.toLowerCase(latin.charAt(i));
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String serbianLetters(String text) {
        return hasCyrillic(text) ? SERBIAN_LETTERS.get().transliterate(text) : text;
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }
}
