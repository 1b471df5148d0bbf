package dev.storybrief.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * The article of a page rendered in the reader's browser, read from the data the page hands its script. A Next.js
 * page ({@code <script id="__NEXT_DATA__" type="application/json">}), a Nuxt page ({@code window.__NUXT__=...}) and
 * other single-page apps ship an empty shell and their content as JSON in a script, which the browser turns into the
 * page. Whatever the site calls its fields, an article's text is there as a run of prose strings in one list (its
 * paragraphs, as strings or as objects each holding one), or as one long string; the run with the most words of prose
 * is the article. Read only when the visible page has no article text.
 */
final class HydrationText {
    /** A string with fewer words is a label, a type or a name, not a paragraph ("paragraph", "Reklama"). */
    private static final int MIN_PARAGRAPH_WORDS = 4;
    /** A script that assigns the page's data to a global: {@code window.__NUXT__=}, {@code self.__APP_STATE__ =}. */
    private static final Pattern ASSIGNED_STATE = Pattern.compile("^\\s*(?:window|self|globalThis)\\.__\\w+__\\s*=");
    /** The longest string literal read; a longer one is data, not prose. */
    private static final int MAX_LITERAL = 100_000;
    /** Markup inside a string (a CMS that stores its body as HTML). */
    private static final Pattern MARKUP = Pattern.compile("</?(?:p|br|div|h\\d|li|blockquote)\\b", Pattern.CASE_INSENSITIVE);
    private static final int MAX_DEPTH = 64;

    private HydrationText() {
    }

    /** Whether a script's opening tag and body hold page data: JSON by type, or a state assigned to a global. */
    static boolean isPageData(String openTag, String body) {
        String tag = openTag.toLowerCase(java.util.Locale.ROOT);
        return tag.contains("application/json") || ASSIGNED_STATE.matcher(body).find();
    }

    /** The paragraphs of the longest run of prose in the scripts' data, or an empty list when there is none. */
    static List<String> article(List<String> scripts) {
        List<String> best = List.of();
        int bestWords = 0;
        for (String script : scripts) {
            List<List<String>> runs = new ArrayList<>();
            runsOf(script, runs);
            for (List<String> run : runs) {
                int words = HtmlArticleExtractor.wordCount(run);
                if (words > bestWords) {
                    best = run;
                    bestWords = words;
                }
            }
        }
        return best;
    }

    /** Every list of prose strings in one script: parsed as JSON, else its string literals in order as one list. */
    private static void runsOf(String script, List<List<String>> runs) {
        Matcher assigned = ASSIGNED_STATE.matcher(script);
        String data = assigned.find() ? script.substring(assigned.end()) : script;
        try {
            for (Object value : LenientJson.parseAll(data.strip().replaceFirst(";\\s*$", ""))) {
                walk(value, runs, 0);
            }
            return;
        } catch (RuntimeException e) {
            // not JSON (Nuxt's state is a function call): its strings, in order, are still the page's data
        }
        List<Object> literals = new ArrayList<>();
        for (String raw : stringLiterals(data)) {
            literals.add(unescape(raw));
        }
        walk(literals, runs, 0);
    }

    /**
     * The script's string literals, double- or single-quoted, their escapes kept, in order. A scan rather than a
     * regular expression: an alternation repeated over a long literal recurses once per character in
     * java.util.regex, and a page's data string can be megabytes long (the extraction fuzz test overflowed the stack).
     */
    static List<String> stringLiterals(String data) {
        List<String> literals = new ArrayList<>();
        int i = 0;
        while (i < data.length()) {
            char quote = data.charAt(i);
            if (quote != '"' && quote != '\'') {
                i++;
                continue;
            }
            int end = closingQuote(data, i + 1, quote);
            if (end < 0) {
                i++;
                continue;
            }
            if (end > i + 1 && end - i - 1 <= MAX_LITERAL) {
                literals.add(data.substring(i + 1, end));
            }
            i = end + 1;
        }
        return literals;
    }

    /** Where the literal opened before {@code from} closes, or -1 when a line ends or the data ends first. */
    private static int closingQuote(String data, int from, char quote) {
        for (int j = from; j < data.length(); j++) {
            char c = data.charAt(j);
            if (c == quote) {
                return j;
            }
            if (c == '\n') {
                return -1;
            }
            if (c == '\\') {
                j++;
            }
        }
        return -1;
    }

    private static void walk(Object value, List<List<String>> runs, int depth) {
        if (depth > MAX_DEPTH) {
            return;
        }
        if (value instanceof String s) {
            List<String> one = paragraphsOf(s);
            if (!one.isEmpty()) {
                runs.add(one);
            }
        } else if (value instanceof List<?> list) {
            List<String> run = new ArrayList<>();
            for (Object item : list) {
                String prose = item instanceof String s ? s : item instanceof Map<?, ?> map ? longestString(map) : null;
                if (prose != null) {
                    run.addAll(paragraphsOf(prose));
                }
                walk(item, runs, depth + 1);
            }
            if (!run.isEmpty()) {
                runs.add(run);
            }
        } else if (value instanceof Map<?, ?> map) {
            for (Object member : map.values()) {
                walk(member, runs, depth + 1);
            }
        }
    }

    /** The longest string among an object's own members (a paragraph object's text beside its type). */
    private static String longestString(Map<?, ?> map) {
        String longest = null;
        for (Object member : map.values()) {
            if (member instanceof String s && (longest == null || s.length() > longest.length())) {
                longest = s;
            }
        }
        return longest;
    }

    /** A string's paragraphs when it is prose (markup read as the page would show it), else none. */
    private static List<String> paragraphsOf(String text) {
        List<String> paragraphs = new ArrayList<>();
        if (MARKUP.matcher(text).find()) {
            Element body = Jsoup.parseBodyFragment(text).body();
            List<Element> blocks = body.select("p, h2, h3, li, blockquote");
            if (blocks.isEmpty()) {
                paragraphs.add(body.text());
            } else {
                blocks.forEach(b -> paragraphs.add(b.text()));
            }
        } else {
            paragraphs.addAll(ArticleBodyFinder.splitParagraphs(text));
        }
        paragraphs.removeIf(p -> !isProse(p));
        return paragraphs;
    }

    /** Words of running text: enough of them, and not an address or a file path. */
    private static boolean isProse(String text) {
        return HtmlArticleExtractor.wordCount(List.of(text)) >= MIN_PARAGRAPH_WORDS && text.contains(" ")
                && !text.startsWith("http") && !text.startsWith("/");
    }

    /** A script string literal's text: its escapes read (\n, \", \\uXXXX). */
    private static String unescape(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c != '\\' || i + 1 == raw.length()) {
                out.append(c);
                continue;
            }
            char next = raw.charAt(++i);
            switch (next) {
                case 'n' -> out.append('\n');
                case 't' -> out.append(' ');
                case 'u' -> {
                    if (i + 4 < raw.length() && raw.substring(i + 1, i + 5).matches("[0-9a-fA-F]{4}")) {
                        out.append((char) Integer.parseInt(raw.substring(i + 1, i + 5), 16));
                        i += 4;
                    }
                }
                default -> out.append(next);
            }
        }
        return out.toString();
    }
}
