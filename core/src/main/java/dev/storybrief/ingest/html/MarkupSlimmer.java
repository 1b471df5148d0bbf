package dev.storybrief.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A linear pre-pass over raw markup before it is parsed. It keeps JSON-LD blocks aside, drops what can
 * never be article text (scripts, styles, comments, SVG, templates, noscript fallbacks) and bounds what
 * is left: at most {@code maxChars} characters and {@code maxTags} start tags, cut at a tag boundary.
 * Those bounds are what keeps pathological pages (tens of megabytes, millions of elements) within the
 * time budget: the parser and every later pass only ever see a bounded document.
 */
final class MarkupSlimmer {

    private static final String[] DROPPED_ELEMENTS = {"script", "style", "noscript", "template", "svg", "math"};
    /** The first letters of {@link #DROPPED_ELEMENTS}, lower case. */
    private static final String DROPPED_FIRST_LETTERS = "sntm";
    private static final int MAX_JSON_LD_BLOCKS = 16;
    private static final int MAX_JSON_LD_CHARS = 2_000_000;
    /**
     * Longest tag name passed to the parser. No HTML or custom element name comes near it; jsoup grows a tag name
     * by copying it at every buffer refill, so a name of a megabyte (broken markup, a mangled upload) costs minutes.
     */
    static final int MAX_TAG_NAME = 128;

    private final int maxChars;
    private final int maxTags;

    MarkupSlimmer(int maxChars, int maxTags) {
        this.maxChars = maxChars;
        this.maxTags = maxTags;
    }

    /**
     * The slimmed markup, the JSON-LD texts found, notes on any truncation, and the scripts that hand the page its
     * data ({@link HydrationText}), read only when the page shows no article.
     */
    record SlimMarkup(String html, List<String> jsonLd, List<String> notes, List<String> pageData) {
    }

    SlimMarkup slim(String html) {
        StringBuilder out = new StringBuilder(Math.min(html.length(), maxChars) + 16);
        List<String> jsonLd = new ArrayList<>();
        List<String> pageData = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        int jsonLdChars = 0;
        int tags = 0;
        int i = 0;
        int n = html.length();
        while (i < n) {
            int lt = html.indexOf('<', i);
            int textEnd = lt < 0 ? n : lt;
            if (out.length() + (textEnd - i) > maxChars) {
                if (textEnd - i > maxChars / 2) {
                    // One giant text run: keep its head rather than nothing.
                    out.append(html, i, i + Math.max(0, maxChars - out.length()));
                }
                notes.add(String.format(Locale.ROOT,
                        "page truncated: kept the first %,d characters and %,d tags of %,d characters",
                        out.length(), tags, n));
                break;
            }
            out.append(html, i, textEnd);
            if (lt < 0) {
                break;
            }
            if (html.startsWith("<!--", lt)) {
                int end = html.indexOf("-->", lt + 4);
                i = end < 0 ? skipPastGt(html, lt + 4) : end + 3;
                continue;
            }
            String dropped = droppedElementAt(html, lt);
            if (dropped != null) {
                int openEnd = tagEnd(html, lt + 1);
                int close = indexOfIgnoreCase(html, "</" + dropped, openEnd);
                int contentEnd = close < 0 ? n : close;
                if (dropped.equals("script") && isJsonLd(html, lt, openEnd) && jsonLd.size() < MAX_JSON_LD_BLOCKS
                        && jsonLdChars < MAX_JSON_LD_CHARS) {
                    String block = html.substring(Math.min(openEnd, contentEnd), contentEnd);
                    jsonLd.add(block);
                    jsonLdChars += block.length();
                } else if (dropped.equals("script") && pageData.size() < MAX_JSON_LD_BLOCKS
                        && jsonLdChars < MAX_JSON_LD_CHARS) {
                    String block = html.substring(Math.min(openEnd, contentEnd), contentEnd);
                    if (HydrationText.isPageData(html.substring(lt, Math.min(openEnd, contentEnd)), block)) {
                        pageData.add(block);
                        jsonLdChars += block.length();
                    }
                }
                i = close < 0 ? n : skipPastGt(html, close + 2);
                continue;
            }
            int end = lt + 1 < n && isTagStart(html.charAt(lt + 1)) ? tagEnd(html, lt + 1) : lt + 1;
            if (end > lt + 1 && isLetter(html.charAt(lt + 1))) {
                tags++;
            }
            if (tags > maxTags || out.length() + (end - lt) > maxChars) {
                notes.add(String.format(Locale.ROOT,
                        "page truncated: kept the first %,d characters and %,d tags of %,d characters",
                        out.length(), tags - 1, n));
                break;
            }
            appendTag(out, html, lt, end);
            i = end;
        }
        return new SlimMarkup(out.toString(), jsonLd, notes, pageData);
    }

    /** Appends the tag from {@code lt} to {@code end}, its name cut to {@link #MAX_TAG_NAME} characters. */
    static void appendTag(StringBuilder out, String html, int lt, int end) {
        int nameStart = lt + 1 < end && html.charAt(lt + 1) == '/' ? lt + 2 : lt + 1;
        int nameEnd = nameStart;
        while (nameEnd < end && !isNameEnd(html.charAt(nameEnd))) {
            nameEnd++;
        }
        if (nameEnd - nameStart <= MAX_TAG_NAME) {
            out.append(html, lt, end);
            return;
        }
        out.append(html, lt, nameStart + MAX_TAG_NAME).append(html, nameEnd, end);
    }

    private static boolean isTagStart(char c) {
        return c == '/' || c == '!' || c == '?' || isLetter(c);
    }

    /** {@link Character#isLetter(char)}, ASCII answered without the Unicode tables (this runs on every tag). */
    private static boolean isLetter(char c) {
        return c < 0x80 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' : Character.isLetter(c);
    }

    private static String droppedElementAt(String html, int lt) {
        char first = lt + 1 < html.length() ? html.charAt(lt + 1) : ' ';
        if (first < 0x80 && DROPPED_FIRST_LETTERS.indexOf(first | 0x20) < 0) {
            // Most tags (div, a, p, li, img...) start with a letter no dropped element starts with; other scripts'
            // letters go the long way, as case-blind matching may fold them to ASCII.
            return null;
        }
        for (String name : DROPPED_ELEMENTS) {
            int after = lt + 1 + name.length();
            if (after <= html.length() && html.regionMatches(true, lt + 1, name, 0, name.length())
                    && (after == html.length() || isNameEnd(html.charAt(after)))) {
                return name;
            }
        }
        return null;
    }

    private static boolean isNameEnd(char c) {
        return c == '>' || c == '/' || (c > ' ' && c < 0x7F ? false : Character.isWhitespace(c));
    }

    /** Index just past the {@code >} closing the tag that starts before {@code from}, honouring quoted values. */
    static int tagEnd(String html, int from) {
        int n = html.length();
        char quote = 0;
        for (int i = from; i < n; i++) {
            char c = html.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                // Only a quote that opens an attribute value counts; stray apostrophes in broken tags do not.
                if (i > from && html.charAt(i - 1) == '=' || i > from + 1 && html.charAt(i - 1) == ' '
                        && html.charAt(i - 2) == '=') {
                    quote = c;
                }
            } else if (c == '>') {
                return i + 1;
            }
        }
        return n;
    }

    private static int skipPastGt(String html, int from) {
        int gt = html.indexOf('>', from);
        return gt < 0 ? html.length() : gt + 1;
    }

    private static boolean isJsonLd(String html, int start, int end) {
        return html.substring(start, Math.min(end, start + 300)).toLowerCase(java.util.Locale.ROOT).contains("ld+json");
    }

    /** Case-insensitive search; the needle's first character must not be a letter. */
    static int indexOfIgnoreCase(String hay, String needle, int from) {
        char first = needle.charAt(0);
        int n = hay.length() - needle.length();
        for (int i = Math.max(0, from); i <= n; i++) {
            i = hay.indexOf(first, i);
            if (i < 0 || i > n) {
                return -1;
            }
            if (hay.regionMatches(true, i, needle, 0, needle.length())) {
                return i;
            }
        }
        return -1;
    }
}
