package dev.storybrief.eval.rouge;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * How ROUGE-1.5.5 turns text into units, words and tokens. The scorer works on raw UTF-8 bytes.
 * <ul>
 *   <li><b>Units</b> (SEE sentence units): a text is split on {@code \n}; in each piece runs of ASCII
 *       whitespace {@code [ \t\n\r\f\v]} become one space and the ends are trimmed; empty pieces are
 *       dropped. The scorer then reads a unit up to its first {@code <} and lower-cases A-Z only.</li>
 *   <li><b>Words</b> (what {@code -l} counts): Perl's {@code split(/\s+/)} of the unit, so {@code U.S.}
 *       is one word and a lone {@code _} is one word.</li>
 *   <li><b>Tokens</b>: maximal runs of {@code [a-z0-9]} in the lower-cased bytes; every other byte,
 *       including each byte of a non-ASCII character, separates tokens ({@code Sen's -> sen s}).</li>
 * </ul>
 * Stateless and thread-safe.
 */
public final class RougeTokenizer {
    private RougeTokenizer() {
    }

    /** Splits a summary into SEE units: split on {@code \n}, collapse and trim whitespace, drop empties. */
    public static List<String> splitUnits(String text) {
        List<String> units = new ArrayList<>();
        for (String piece : text.split("\n", -1)) {
            String unit = collapseWhitespace(piece);
            if (!unit.isEmpty()) {
                units.add(unit);
            }
        }
        return units;
    }

    /**
     * The text the scorer reads back from one SEE unit: whitespace collapsed and trimmed, cut at the
     * first {@code <}, A-Z lower-cased. Empty when the scorer would skip the unit.
     */
    public static String seeText(String unit) {
        byte[] bytes = seeBytes(unit);
        return bytes == null ? "" : new String(bytes, StandardCharsets.UTF_8);
    }

    /** The scorer's tokens of a text (before stopword removal and stemming). */
    public static List<String> tokens(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        List<String> tokens = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= bytes.length; i++) {
            boolean tokenByte = i < bytes.length && isTokenByte(lowerAscii(bytes[i]));
            if (tokenByte && start < 0) {
                start = i;
            } else if (!tokenByte && start >= 0) {
                tokens.add(lowerAsciiString(bytes, start, i));
                start = -1;
            }
        }
        return tokens;
    }

    /**
     * The tokens of a text under {@link RougeTokenization#UNICODE}: runs of letters, digits and combining marks of
     * any script, lower-cased (before stopword removal).
     */
    public static List<String> unicodeTokens(String text) {
        List<String> tokens = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); ) {
            int cp = i < text.length() ? text.codePointAt(i) : ' ';
            boolean part = i < text.length() && RougeTokenization.isUnicodeTokenPart(cp);
            if (part && start < 0) {
                start = i;
            } else if (!part && start >= 0) {
                tokens.add(text.substring(start, i).toLowerCase(Locale.ROOT));
                start = -1;
            }
            i += i < text.length() ? Character.charCount(cp) : 1;
        }
        return tokens;
    }

    /** The number of words {@code -l} counts in one unit: Perl's {@code split(/\s+/, unit)}. */
    public static int wordCount(String unit) {
        byte[] bytes = unit.getBytes(StandardCharsets.UTF_8);
        return wordCount(bytes, bytes.length);
    }

    // ---- byte-level helpers used by the scorer ----

    /** UTF-8 bytes of the unit as the scorer reads it back, or null when the unit is skipped. */
    static byte[] seeBytes(String unit) {
        Utf8Builder out = new Utf8Builder(unit.length() + 8);
        boolean pendingSpace = false;
        for (int i = 0; i < unit.length(); i++) {
            char c = unit.charAt(i);
            if (isAsciiWhitespace(c)) {
                pendingSpace = out.size > 0;
                continue;
            }
            if (pendingSpace) {
                out.add((byte) ' ');
                pendingSpace = false;
            }
            if (c == '<') {
                break;
            }
            i = out.addUtf8(unit, i);
        }
        if (out.size == 0) {
            return null;
        }
        return out.toArray();
    }

    /** Perl's {@code scalar split(/\s+/, s)} over the first {@code length} bytes. */
    static int wordCount(byte[] bytes, int length) {
        int runs = 0;
        boolean inWord = false;
        for (int i = 0; i < length; i++) {
            boolean space = isAsciiWhitespace(bytes[i]);
            if (!space && !inWord) {
                runs++;
            }
            inWord = !space;
        }
        boolean leadingEmptyField = length > 0 && isAsciiWhitespace(bytes[0]) && runs > 0;
        return runs + (leadingEmptyField ? 1 : 0);
    }

    /** Byte offset just after the {@code words}-th Perl split field (words >= 1). */
    static int endOfWords(byte[] bytes, int length, int words) {
        int fields = length > 0 && isAsciiWhitespace(bytes[0]) ? 1 : 0;
        if (fields >= words) {
            return 0;
        }
        boolean inWord = false;
        for (int i = 0; i < length; i++) {
            boolean space = isAsciiWhitespace(bytes[i]);
            if (inWord && space && ++fields == words) {
                return i;
            }
            inWord = !space;
        }
        return length;
    }

    static boolean isTokenByte(byte b) {
        return (b >= 'a' && b <= 'z') || (b >= '0' && b <= '9');
    }

    private static boolean isAsciiWhitespace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0B;
    }

    private static byte lowerAscii(byte b) {
        return b >= 'A' && b <= 'Z' ? (byte) (b + ('a' - 'A')) : b;
    }

    private static String lowerAsciiString(byte[] bytes, int from, int to) {
        char[] chars = new char[to - from];
        for (int i = from; i < to; i++) {
            chars[i - from] = (char) lowerAscii(bytes[i]);
        }
        return new String(chars);
    }

    private static String collapseWhitespace(String piece) {
        StringBuilder out = new StringBuilder(piece.length());
        boolean pendingSpace = false;
        for (int i = 0; i < piece.length(); i++) {
            char c = piece.charAt(i);
            if (isAsciiWhitespace(c)) {
                pendingSpace = out.length() > 0;
            } else {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Growable byte array that writes chars as UTF-8, lower-casing ASCII A-Z. */
    private static final class Utf8Builder {
        private byte[] bytes;
        private int size;

        Utf8Builder(int capacity) {
            bytes = new byte[capacity];
        }

        void add(byte b) {
            if (size == bytes.length) {
                bytes = Arrays.copyOf(bytes, bytes.length * 2 + 4);
            }
            bytes[size++] = b;
        }

        /** Writes the char (or surrogate pair) at {@code i}; returns the index of its last char. */
        int addUtf8(String s, int i) {
            char c = s.charAt(i);
            if (c < 0x80) {
                add(lowerAscii((byte) c));
                return i;
            }
            if (c < 0x800) {
                add((byte) (0xC0 | (c >> 6)));
                add((byte) (0x80 | (c & 0x3F)));
                return i;
            }
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, s.charAt(i + 1));
                add((byte) (0xF0 | (cp >> 18)));
                add((byte) (0x80 | ((cp >> 12) & 0x3F)));
                add((byte) (0x80 | ((cp >> 6) & 0x3F)));
                add((byte) (0x80 | (cp & 0x3F)));
                return i + 1;
            }
            if (Character.isSurrogate(c)) {
                add((byte) '?'); // what Java's UTF-8 encoder writes for a lone surrogate
                return i;
            }
            add((byte) (0xE0 | (c >> 12)));
            add((byte) (0x80 | ((c >> 6) & 0x3F)));
            add((byte) (0x80 | (c & 0x3F)));
            return i;
        }

        byte[] toArray() {
            return Arrays.copyOf(bytes, size);
        }
    }
}
