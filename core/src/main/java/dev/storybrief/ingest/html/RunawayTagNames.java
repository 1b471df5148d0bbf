package dev.storybrief.ingest.html;

/**
 * Tag names no page writes. A "&lt;" followed by a letter opens a tag whose name runs to the next space, "/" or "&gt;";
 * in a damaged page (binary noise, a cut file) that run can be hundreds of thousands of characters, and jsoup's
 * tokeniser copies a tag name again for every buffer it spans, so one such "tag" costs memory quadratic in its length
 * (1.5 GB for a 1.4 MB page). Real names, custom elements included, are a few dozen characters; a longer run is no
 * tag, so its "&lt;" is read as text, which the parser reads in linear time, as a browser would show the bytes.
 */
final class RunawayTagNames {
    /** Longer than any tag name a page writes (custom elements are words joined by hyphens). */
    static final int LONGEST_NAME = 256;

    private RunawayTagNames() {
    }

    /** The page with each runaway tag opener written as text; the same string when it has none. */
    static String escape(String html) {
        StringBuilder out = null;
        int copied = 0;
        int i = html.indexOf('<');
        while (i >= 0 && i + 1 < html.length()) {
            int end = i + 1;
            if (isAsciiLetter(html.charAt(end))) {
                while (end < html.length() && !endsName(html.charAt(end)) && end - i - 1 <= LONGEST_NAME) {
                    end++;
                }
                if (end - i - 1 > LONGEST_NAME) {
                    out = out == null ? new StringBuilder(html.length() + 16) : out;
                    out.append(html, copied, i).append("&lt;");
                    copied = i + 1;
                }
            }
            i = html.indexOf('<', end);
        }
        return out == null ? html : out.append(html, copied, html.length()).toString();
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean endsName(char c) {
        return c == '>' || c == '/' || Character.isWhitespace(c);
    }
}
