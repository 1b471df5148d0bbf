package dev.storybrief.analyze.quantity;

/**
 * Arabic figures rewritten, character for character, as the European tables read figures: Arabic-Indic digits
 * ("١٥", and the Eastern forms "۱۵") become Western ones, the Arabic thousands separator and a comma grouping three
 * digits become a narrow no-break space ("٣٬٠٠٠", "3,000"), and the Arabic decimal separator and a point between
 * digits become the decimal comma ("٢٫٥", "2.5"). Every character keeps its place, so offsets into the rewritten
 * text are offsets into the original.
 */
final class ArabicDigits {
    private static final char ARABIC_THOUSANDS = '\u066C';
    private static final char ARABIC_DECIMAL = '\u066B';
    private static final char NARROW_SPACE = '\u202F';

    private ArabicDigits() {
    }

    /** The text with its figures written the European way, of the same length. */
    static String asEuropean(String text) {
        char[] out = text.toCharArray();
        for (int i = 0; i < out.length; i++) {
            char c = out[i];
            if (c >= '\u0660' && c <= '\u0669') {
                out[i] = (char) ('0' + (c - '\u0660'));
            } else if (c >= '\u06F0' && c <= '\u06F9') {
                out[i] = (char) ('0' + (c - '\u06F0'));
            }
        }
        for (int i = 1; i + 1 < out.length; i++) {
            boolean between = isDigit(out[i - 1]) && isDigit(out[i + 1]);
            if (!between) {
                continue;
            }
            if (out[i] == ARABIC_THOUSANDS || out[i] == ',' && groupsThree(out, i + 1)) {
                out[i] = NARROW_SPACE;
            } else if (out[i] == ARABIC_DECIMAL || out[i] == '.') {
                out[i] = ',';
            }
        }
        return new String(out);
    }

    /** True when exactly three digits start at {@code from}: a group of thousands, not decimals ("3,000", not "2,5"). */
    private static boolean groupsThree(char[] text, int from) {
        int digits = 0;
        while (from + digits < text.length && isDigit(text[from + digits])) {
            digits++;
        }
        return digits == 3;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
