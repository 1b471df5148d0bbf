package dev.storybrief.clean;

import dev.storybrief.model.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of a Markdown copy of an article (what read-later apps, note apps and "copy as Markdown" extensions save):
 * the markup goes and its text stays. Headings keep their words on a line of their own, links keep their text, images,
 * rules, code fences and reference definitions go, emphasis marks, quote marks and list bullets are dropped. A text
 * is read as Markdown when its name says so or when its lines carry Markdown's own constructs (links written
 * {@code [text](url)}, {@code #} headings, {@code **} emphasis, images), which plain prose does not write.
 */
final class MarkdownText {
    private static final Pattern HEADING = Pattern.compile("^\\s{0,3}#{1,6}\\s+(.*?)(?:\\s+#+)?\\s*$");
    private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]\\n]*\\]\\([^)\\n]*\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]\\n]+)\\]\\((?:[^()\\s]|\\([^()\\s]*\\))+(?:\\s+\"[^\"]*\")?\\)");
    private static final Pattern REFERENCE_LINK = Pattern.compile("\\[([^\\]\\n]+)\\]\\[[^\\]\\n]*\\]");
    private static final Pattern REFERENCE_DEFINITION = Pattern.compile("^\\s{0,3}\\[[^\\]]+\\]:\\s*\\S+.*$");
    private static final Pattern RULE = Pattern.compile("^\\s{0,3}([-*_])(?:\\s*\\1){2,}\\s*$");
    private static final Pattern SETEXT_UNDERLINE = Pattern.compile("^\\s{0,3}=+\\s*$");
    private static final Pattern FENCE = Pattern.compile("^\\s{0,3}(?:```|~~~).*$");
    private static final Pattern QUOTE = Pattern.compile("^\\s{0,3}(?:>\\s?)+");
    private static final Pattern BULLET = Pattern.compile("^\\s*[*+-]\\s+(?=\\S)");
    private static final Pattern STRONG = Pattern.compile("(\\*\\*|__)(?=\\S)(.+?)(?<=\\S)\\1");
    private static final Pattern EMPHASIS = Pattern.compile("(?<![\\p{L}\\d*\\\\])([*_])(?=\\S)([^*_\\n]+?)(?<=\\S)\\1(?![\\p{L}\\d*])");
    private static final Pattern CODE = Pattern.compile("`([^`\\n]+)`");
    private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!>|])");
    /** A line that opens a block of its own: a heading, quote, list item, image, rule, fence or table row. */
    private static final Pattern BLOCK_START = Pattern.compile("^\\s{0,3}(?:#{1,6}\\s|>|[*+-]\\s|\\d{1,3}[.)]\\s|!\\[|```|~~~|\\|"
            + "|([-*_=])(?:\\s*\\1){2,}\\s*$)|\\s[·|•]\\s");
    private static final Pattern BAR = Pattern.compile("\\s+[·|•]\\s+");
    private static final int BAR_FIELD_WORDS = 6;
    /** Markdown's own constructs, which prose does not write: how a text saved under another name is recognised. */
    private static final int CONSTRUCTS_NEEDED = 2;

    private MarkdownText() {
    }

    /** One line's text without its markup. */
    private static String plainLine(String line) {
        String text = line;
        Matcher heading = HEADING.matcher(text);
        if (heading.matches()) {
            text = heading.group(1);
        }
        text = QUOTE.matcher(text).replaceFirst("");
        text = BULLET.matcher(text).replaceFirst("");
        text = IMAGE.matcher(text).replaceAll("");
        text = LINK.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        text = REFERENCE_LINK.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        text = CODE.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        text = STRONG.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(2)));
        text = EMPHASIS.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(2)));
        return ESCAPE.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
    }

    /** Whether a text's lines are Markdown: at least two kinds of Markdown's own constructs among them. */
    static boolean isMarkdown(List<String> lines) {
        boolean heading = false;
        boolean link = false;
        boolean strong = false;
        boolean image = false;
        for (String line : lines) {
            heading |= HEADING.matcher(line).matches();
            link |= LINK.matcher(line).find() && line.contains("](http");
            strong |= STRONG.matcher(line).find() && line.contains("**");
            image |= IMAGE.matcher(line).find();
        }
        int kinds = (heading ? 1 : 0) + (link ? 1 : 0) + (strong ? 1 : 0) + (image ? 1 : 0);
        return kinds >= CONSTRUCTS_NEEDED;
    }

    /** The lines with their markup removed; a line of markup alone (an image, a rule, a fence) becomes blank. */
    static List<String> plain(List<String> lines) {
        List<String> out = new ArrayList<>(lines.size());
        boolean inParagraph = false;
        for (String line : lines) {
            // a paragraph's lines are one paragraph: Markdown wraps its source where it likes
            boolean continues = inParagraph && !line.isBlank() && !BLOCK_START.matcher(line).find();
            inParagraph = !line.isBlank() && (continues || !BLOCK_START.matcher(line).find());
            if (continues) {
                String joined = plainLine(line);
                out.set(out.size() - 1, out.get(out.size() - 1) + " " + joined.strip());
                continue;
            }
            if (RULE.matcher(line).matches() || SETEXT_UNDERLINE.matcher(line).matches() || FENCE.matcher(line).matches()
                    || REFERENCE_DEFINITION.matcher(line).matches()) {
                out.add("");
                continue;
            }
            String text = plainLine(line);
            text = text.replaceAll("^[\\s·|•]+$", "").stripTrailing();
            // a bar of short fields ("Courier · Published 3 May 2026 · Share") is written as one line only for its
            // look: each field is a line of its own, as a page's byline, date and share buttons are
            String[] fields = BAR.split(text.strip());
            if (fields.length > 1 && java.util.Arrays.stream(fields).allMatch(f -> Words.count(f) <= BAR_FIELD_WORDS)) {
                out.addAll(List.of(fields));
            } else {
                out.add(text);
            }
        }
        return out;
    }
}
