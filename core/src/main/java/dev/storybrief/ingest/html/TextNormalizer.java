package dev.storybrief.ingest.html;

import java.util.Locale;
import java.util.regex.Pattern;

/** Whitespace and invisible-character clean-up shared by the text passes. */
final class TextNormalizer {

    private TextNormalizer() {
    }

    /** Collapses every run of whitespace (including no-break spaces) to one space, drops invisible characters, trims. */
    static String collapse(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isInvisible(c)) {
                continue;
            }
            if (isSpace(c)) {
                space = sb.length() > 0;
            } else {
                if (space) {
                    sb.append(' ');
                    space = false;
                }
                sb.append(c);
            }
        }
        return sb.toString();
    }

    static boolean isSpace(char c) {
        if (c > ' ' && c < 0x7F) {
            // Printable ASCII, most of any page: no space (the checks below are table look-ups per character).
            return false;
        }
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F' || c == '\u3000';
    }

    /** Zero-width space, BOM, soft hyphen: never part of the visible text. */
    static boolean isInvisible(char c) {
        return c == '\u200B' || c == '\uFEFF' || c == '\u00AD' || c == '\u2060';
    }

    /** Letters and digits of any script; ASCII is answered without the Unicode tables. */
    static boolean isLetterOrDigit(char c) {
        if (c < 0x80) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        }
        return Character.isLetterOrDigit(c);
    }

    private static final Pattern NOT_LETTER_OR_NUMBER = Pattern.compile("[^\\p{L}\\p{N}]+");

    /**
     * The letters and numbers of {@code s}, lower-cased, for comparing a title, a heading or an outlet name however it
     * is spaced and punctuated ("" for null).
     */
    static String key(String s) {
        return s == null ? "" : NOT_LETTER_OR_NUMBER.matcher(s.toLowerCase(Locale.ROOT)).replaceAll("");
    }

    /** Whether the code point is written without spaces between words (CJK ideographs, kana, Thai...). */
    static boolean isUnspacedScript(int cp) {
        if (cp < 0x0E00) {
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.THAI
                || script == Character.UnicodeScript.LAO || script == Character.UnicodeScript.KHMER
                || script == Character.UnicodeScript.MYANMAR;
    }
}
