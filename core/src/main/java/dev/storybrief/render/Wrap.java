package dev.storybrief.render;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.BreakIterator;

/**
 * Greedy word wrapping for terminal output, in terminal columns: a Chinese or Japanese character takes two, and a
 * word of such characters, which has no spaces to break at, breaks where the script's line-breaking rules allow
 * (ICU's line breaks: never before "。" or "」").
 */
final class Wrap {
    private Wrap() {
    }

    /** Wraps at {@code width} columns; continuation lines start with {@code indent}. */
    static String wrap(String text, int width, String indent) {
        int lead = 0;
        while (lead < text.length() && text.charAt(lead) == ' ') {
            lead++;
        }
        StringBuilder out = new StringBuilder(text.substring(0, lead));
        int column = lead;
        for (String word : text.split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            boolean firstPiece = true;
            for (String piece : pieces(word)) {
                int space = firstPiece && column > lead ? 1 : 0;
                int pieceWidth = columns(piece);
                if (column > lead && column + space + pieceWidth > width) {
                    out.append('\n').append(indent);
                    column = indent.length();
                } else if (space > 0) {
                    out.append(' ');
                    column++;
                }
                out.append(piece);
                column += pieceWidth;
                firstPiece = false;
            }
        }
        return out.toString();
    }

    /** The terminal columns a text takes: two for each wide (East Asian) character, one for any other. */
    static int columns(String text) {
        int columns = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            columns += isWide(cp) ? 2 : 1;
        }
        return columns;
    }

    private static boolean isWide(int cp) {
        if (cp < 0x1100) {
            return false;
        }
        int width = UCharacter.getIntPropertyValue(cp, UProperty.EAST_ASIAN_WIDTH);
        return width == UCharacter.EastAsianWidth.WIDE || width == UCharacter.EastAsianWidth.FULLWIDTH;
    }

    /** A word as the pieces a line may break between: itself, unless it holds wide characters. */
    private static java.util.List<String> pieces(String word) {
        if (columns(word) == word.codePointCount(0, word.length())) {
            return java.util.List.of(word);
        }
        BreakIterator breaks = BreakIterator.getLineInstance();
        breaks.setText(word);
        java.util.List<String> pieces = new java.util.ArrayList<>();
        int start = breaks.first();
        for (int end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
            pieces.add(word.substring(start, end));
        }
        return pieces;
    }

    /**
     * Wraps {@code text} after a {@code label} kept as it is (a date padded to a column); continuation lines are
     * indented to where the text starts.
     */
    static String hanging(String label, String text, int width) {
        String indent = " ".repeat(label.length());
        return label + wrap(text, width - label.length(), "").replace("\n", "\n" + indent);
    }

    /** The text cut to {@code max} characters with an ellipsis. */
    static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
