package dev.storybrief.clean;

import dev.storybrief.model.SentenceMarks;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A text copied from printed pages (a PDF saved as text, a page of a newspaper): its lines are the printed lines, cut
 * at the column's width, with a paragraph set apart by a blank line, words broken with a hyphen at a line's end, and
 * each page headed by a running header (masthead, date, page number) and closed by a footer or a jump line
 * ("Continued on Page 7", "LIBRARY from Page 3"). The lines are joined back into paragraphs, the broken words mended,
 * the page furniture dropped; the first header's date is kept on a line of its own, where the metadata readers look
 * for it, and its name is the outlet ({@link #runningName}).
 *
 * <p>A text is read this way only when it is cut at a width: most of its lines are short, and several of them stop
 * inside a sentence, the next line going on in small letters. A text of one paragraph a line has neither.
 */
final class PrintedPages {
    /** A printed column: lines of prose are at most this long. */
    private static final int COLUMN = 100;
    /** How many lines must stop inside a sentence and go on in small letters. */
    private static final int CUTS_NEEDED = 3;
    private static final Pattern PAGE = Pattern.compile("(?i)^(?:page|p\\.|pg\\.?)\\s*\\d{1,4}(?:\\s*(?:of|/)\\s*\\d{1,4})?$");
    private static final Pattern NUMBER_ONLY = Pattern.compile("^[-–—\\s]*\\d{1,4}[-–—\\s]*$");
    /** Fields of a running header or footer: set apart by three spaces or more, or by a bar. */
    private static final Pattern FIELD_BREAK = Pattern.compile("\\s{3,}|\\s*\\|\\s*");
    private static final Pattern JUMP = Pattern.compile(
            "(?i)^(?:(?:continued|cont'd|cont\\.)\\s+(?:on|from)\\s+page\\s+\\d{1,4}|see\\s+.{1,40}?,?\\s+page\\s+\\d{1,4}"
            + "|[\\p{Lu}\\d' -]{2,40}\\s+from\\s+page\\s+\\d{1,4}|[\\p{Lu}\\d' -]{2,40},?\\s+(?:continued\\s+)?on\\s+page\\s+\\d{1,4})\\.?$");
    private static final Pattern BROKEN_WORD = Pattern.compile("\\p{L}-$");

    private PrintedPages() {
    }

    /** Whether the lines are printed lines: mostly within a column, and cut inside sentences several times. */
    static boolean isPrinted(List<String> lines) {
        int nonBlank = 0;
        int narrow = 0;
        int cuts = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            nonBlank++;
            narrow += line.length() <= COLUMN ? 1 : 0;
            if (i + 1 < lines.size() && !SentenceMarks.endsSentence(line) && startsSmall(lines.get(i + 1).strip())) {
                cuts++;
            }
        }
        return cuts >= CUTS_NEEDED && narrow >= nonBlank * 0.9;
    }

    /** The text's paragraphs, one a line with blank lines between, and its first header's fields on their own lines. */
    static List<String> paragraphs(List<String> lines) {
        List<String> out = new ArrayList<>();
        boolean firstHeader = true;
        StringBuilder paragraph = new StringBuilder();
        String text = String.join("\n", lines);
        int width = width(lines);
        int previousLength = 0;
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty()) {
                flush(paragraph, out);
                previousLength = 0;
                continue;
            }
            List<String> fields = furnitureFields(line);
            if (fields != null) {
                flush(paragraph, out);
                // the first header's masthead and date are the text's; later headers and footers repeat them
                // (its name is the outlet, {@link #runningName}; left as a line it would be read as the headline)
                if (firstHeader) {
                    fields.stream().filter(f -> f.matches(".*\\d.*")).forEach(out::add);
                    out.add("");
                }
                firstHeader = false;
                continue;
            }
            if (JUMP.matcher(line).matches()) {
                flush(paragraph, out);
                continue;
            }
            // a short line that ends a sentence ends its paragraph, though no blank line follows it
            if (previousLength > 0 && previousLength < width * 3 / 4 && SentenceMarks.endsSentence(paragraph.toString())) {
                flush(paragraph, out);
            }
            // a line under half the column that a capital or a digit follows is a line of its own (a byline over the
            // date line): a line inside a paragraph is cut near the column's width, a word being far shorter than half
            if (previousLength > 0 && previousLength < width / 2 && !startsSmall(line)) {
                flush(paragraph, out);
            }
            join(paragraph, line, text);
            previousLength = line.length();
        }
        flush(paragraph, out);
        return out;
    }

    /**
     * The publication's name its running header gives: the first header's one field without a digit (not its date
     * or page), when every word of it is capitalised; else empty.
     */
    static java.util.Optional<String> runningName(List<String> lines) {
        for (String raw : lines) {
            List<String> fields = furnitureFields(raw.strip());
            if (fields != null && !fields.isEmpty()) {
                List<String> names = fields.stream().filter(f -> !f.matches(".*\\d.*")).toList();
                if (names.size() != 1) {
                    return java.util.Optional.empty();
                }
                // "KELLPORT HARBOUR AUTHORITY — INCIDENT BULLETIN": the publisher, a dash, the publication's series
                String[] named = names.get(0).split("\\s+[—–-]\\s+", 2);
                return Mastheads.capitalisedName(names.get(0)).or(() -> named.length == 2
                        ? Mastheads.capitalisedName(named[0]) : java.util.Optional.empty());
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * The fields of a page's running header or footer other than its page number, or null when the line is none: a
     * page number alone, or fields set apart by wide spaces or bars of which one is a page number or a web address.
     */
    private static List<String> furnitureFields(String line) {
        if (PAGE.matcher(line).matches() || NUMBER_ONLY.matcher(line).matches()) {
            return List.of();
        }
        String[] parts = FIELD_BREAK.split(line);
        if (parts.length < 2) {
            return null;
        }
        boolean pageNumber = false;
        List<String> fields = new ArrayList<>();
        for (String part : parts) {
            String field = part.strip();
            if (PAGE.matcher(field).matches() || NUMBER_ONLY.matcher(field).matches()) {
                pageNumber = true;
            } else if (field.matches("(?i)(?:https?://|www\\.)\\S+|\\S+\\.[a-z]{2,}(?:/\\S*)?")) {
                pageNumber = true; // a footer's web address: the outlet's, not the story's
            } else if (!field.isEmpty()) {
                fields.add(field);
            }
        }
        return pageNumber ? fields : null;
    }

    /** The column's width: the longest line of prose within {@link #COLUMN}. */
    private static int width(List<String> lines) {
        int width = 0;
        for (String line : lines) {
            int length = line.strip().length();
            if (length <= COLUMN && !FIELD_BREAK.matcher(line.strip()).find()) {
                width = Math.max(width, length);
            }
        }
        return width;
    }

    /** Adds a printed line to its paragraph, mending a word the line's end broke ("end-" + "ing": "ending"). */
    private static void join(StringBuilder paragraph, String line, String text) {
        if (paragraph.length() == 0) {
            paragraph.append(line);
            return;
        }
        Matcher broken = BROKEN_WORD.matcher(paragraph);
        if (broken.find() && startsSmall(line)) {
            String head = lastWord(paragraph);
            String tail = line.split("[\\s,.;:!?)\"”’]", 2)[0];
            // a compound the text also writes whole with its hyphen ("well-known") keeps it
            boolean compound = text.contains(head + tail);
            paragraph.setLength(paragraph.length() - (compound ? 0 : 1));
            paragraph.append(line);
            return;
        }
        paragraph.append(' ').append(line);
    }

    private static String lastWord(StringBuilder paragraph) {
        int start = paragraph.length();
        while (start > 0 && !Character.isWhitespace(paragraph.charAt(start - 1))) {
            start--;
        }
        return paragraph.substring(start);
    }

    private static void flush(StringBuilder paragraph, List<String> out) {
        int last = out.size() - 2; // the last paragraph, before its blank line
        if (paragraph.length() > 0 && last >= 0 && !out.get(last).isEmpty() && !SentenceMarks.endsSentence(out.get(last))
                && startsSmall(paragraph.toString())) {
            // a sentence cut by a page's end, its furniture and a jump line between its halves
            out.set(last, out.get(last) + " " + paragraph);
            paragraph.setLength(0);
            return;
        }
        if (paragraph.length() > 0) {
            out.add(paragraph.toString());
            out.add("");
            paragraph.setLength(0);
        }
    }

    private static boolean startsSmall(String line) {
        return !line.isEmpty() && Character.isLowerCase(line.codePointAt(0));
    }
}
