package dev.storybrief.ingest.html;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small, forgiving JSON reader for the JSON-LD that pages embed. Publishers' JSON is often slightly
 * wrong, so this accepts raw control characters and unknown escapes in strings, single quotes, comments,
 * trailing commas, missing commas between members, and several top-level values in a row. Objects become
 * {@code Map<String,Object>}, arrays {@code List<Object>}, numbers {@code Double}. Nesting is bounded so
 * hostile input cannot exhaust the stack.
 */
final class LenientJson {

    private static final int MAX_DEPTH = 64;

    private final String s;
    private int pos;

    private LenientJson(String s) {
        this.s = s;
    }

    /** Parses all top-level values in {@code text}; throws {@link IllegalArgumentException} if it is not JSON. */
    static List<Object> parseAll(String text) {
        LenientJson p = new LenientJson(text);
        List<Object> values = new ArrayList<>();
        p.skipIgnorable();
        while (p.pos < p.s.length()) {
            values.add(p.value(0));
            p.skipIgnorable();
            if (p.pos < p.s.length() && (p.s.charAt(p.pos) == ',' || p.s.charAt(p.pos) == ';')) {
                p.pos++;
                p.skipIgnorable();
            }
        }
        return values;
    }

    private Object value(int depth) {
        if (depth > MAX_DEPTH) {
            throw fail("nesting too deep");
        }
        skipIgnorable();
        if (pos >= s.length()) {
            throw fail("unexpected end");
        }
        char c = s.charAt(pos);
        switch (c) {
            case '{':
                return object(depth);
            case '[':
                return array(depth);
            case '"':
            case '\'':
                return string(c);
            default:
                return bare();
        }
    }

    private Map<String, Object> object(int depth) {
        Map<String, Object> map = new LinkedHashMap<>();
        pos++;
        while (true) {
            skipSeparators();
            if (pos >= s.length()) {
                throw fail("unterminated object");
            }
            char c = s.charAt(pos);
            if (c == '}') {
                pos++;
                return map;
            }
            String key = c == '"' || c == '\'' ? string(c) : bareKey();
            skipIgnorable();
            if (pos < s.length() && (s.charAt(pos) == ':' || s.charAt(pos) == '=')) {
                pos++;
            } else {
                throw fail("expected ':'");
            }
            map.put(key, value(depth + 1));
        }
    }

    private List<Object> array(int depth) {
        List<Object> list = new ArrayList<>();
        pos++;
        while (true) {
            skipSeparators();
            if (pos >= s.length()) {
                throw fail("unterminated array");
            }
            if (s.charAt(pos) == ']') {
                pos++;
                return list;
            }
            list.add(value(depth + 1));
        }
    }

    private String string(char quote) {
        StringBuilder sb = new StringBuilder();
        pos++;
        while (pos < s.length()) {
            char c = s.charAt(pos++);
            if (c == quote) {
                return sb.toString();
            }
            if (c != '\\' || pos >= s.length()) {
                sb.append(c);
                continue;
            }
            char e = s.charAt(pos++);
            switch (e) {
                case 'n' -> sb.append('\n');
                case 't' -> sb.append('\t');
                case 'r' -> sb.append('\r');
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'u' -> sb.append(unicodeEscape());
                default -> sb.append(e);
            }
        }
        throw fail("unterminated string");
    }

    private char unicodeEscape() {
        if (pos + 4 > s.length()) {
            return '\uFFFD';
        }
        try {
            char c = (char) Integer.parseInt(s.substring(pos, pos + 4), 16);
            pos += 4;
            return c;
        } catch (NumberFormatException ex) {
            return 'u';
        }
    }

    private Object bare() {
        int start = pos;
        while (pos < s.length() && ",:]}\"' \t\r\n".indexOf(s.charAt(pos)) < 0) {
            pos++;
        }
        String word = s.substring(start, pos);
        if (word.isEmpty()) {
            throw fail("unexpected '" + s.charAt(pos) + "'");
        }
        switch (word) {
            case "true":
                return Boolean.TRUE;
            case "false":
                return Boolean.FALSE;
            case "null":
            case "undefined":
                return null;
            default:
                try {
                    return Double.valueOf(word);
                } catch (NumberFormatException ex) {
                    return word;
                }
        }
    }

    private String bareKey() {
        int start = pos;
        while (pos < s.length() && (Character.isLetterOrDigit(s.charAt(pos)) || "_$@-".indexOf(s.charAt(pos)) >= 0)) {
            pos++;
        }
        if (start == pos) {
            throw fail("expected a key");
        }
        return s.substring(start, pos);
    }

    /** Skips whitespace, comments and commas (so trailing and missing commas are both accepted). */
    private void skipSeparators() {
        while (true) {
            skipIgnorable();
            if (pos < s.length() && s.charAt(pos) == ',') {
                pos++;
            } else {
                return;
            }
        }
    }

    private void skipIgnorable() {
        while (pos < s.length()) {
            char c = s.charAt(pos);
            if (Character.isWhitespace(c) || c == '\uFEFF') {
                pos++;
            } else if (s.startsWith("//", pos)) {
                int nl = s.indexOf('\n', pos);
                pos = nl < 0 ? s.length() : nl + 1;
            } else if (s.startsWith("/*", pos)) {
                int end = s.indexOf("*/", pos + 2);
                pos = end < 0 ? s.length() : end + 2;
            } else if (s.startsWith("<![CDATA[", pos)) {
                pos += 9;
            } else if (s.startsWith("]]>", pos)) {
                pos += 3;
            } else {
                return;
            }
        }
    }

    private IllegalArgumentException fail(String what) {
        return new IllegalArgumentException("invalid JSON at " + pos + ": " + what);
    }
}
