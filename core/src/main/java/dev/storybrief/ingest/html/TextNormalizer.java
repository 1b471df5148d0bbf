package dev.storybrief.ingest.html;

import java.util.Locale;

/** Whitespace and invisible-character clean-up shared by the text passes. */
final class TextNormalizer {

    private TextNormalizer() {
    }

    /** The letters without their accents and other marks ("notícias" as "noticias", "élue" as "elue"). */
    static String withoutAccents(String s) {
        return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }

    /** How many accents and other marks the letters carry ("élue" one, "elue" none). */
    static int marks(String s) {
        String decomposed = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD);
        return (int) decomposed.codePoints().filter(cp -> Character.getType(cp) == Character.NON_SPACING_MARK
                || Character.getType(cp) == Character.COMBINING_SPACING_MARK).count();
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

    /**
     * The letters and numbers of {@code s}, lower-cased, for comparing a title, a heading or an outlet name however it
     * is spaced and punctuated ("" for null). Letters and numbers are Unicode's categories L and N, as the regular
     * expression {@code [^\p{L}\p{N}]+} removing the rest would keep them; a loop, since this runs on every short block.
     */
    static String key(String s) {
        if (s == null) {
            return "";
        }
        String lower = s.toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); ) {
            int cp = lower.codePointAt(i);
            if (isLetterOrNumber(cp)) {
                sb.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return sb.toString();
    }

    /** Unicode category L or N. */
    static boolean isLetterOrNumber(int cp) {
        if (cp < 0x80) {
            return cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z' || cp >= '0' && cp <= '9';
        }
        switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                    Character.LETTER_NUMBER, Character.OTHER_NUMBER:
                return true;
            default:
                return false;
        }
    }

    /** Whether the code point is written without spaces between words (CJK ideographs, kana, Thai...). */
    static boolean isUnspacedScript(int cp) {
        return dev.storybrief.model.Words.isUnspacedScript(cp);
    }
}
