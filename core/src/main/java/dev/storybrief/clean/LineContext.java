package dev.storybrief.clean;

import java.util.List;
import java.util.Map;

/**
 * What a {@link LineRule} may look at: the line, its neighbours, and what earlier rules decided about earlier
 * lines (so a caption can follow a photo credit, or a link list run to the end of the page).
 */
public final class LineContext {
    private final List<String> lines;
    private final Map<Integer, String> removedBy;
    private int index;

    LineContext(List<String> lines, Map<Integer, String> removedBy) {
        this.lines = lines;
        this.removedBy = removedBy;
    }

    void moveTo(int index) {
        this.index = index;
    }

    /** Index of the current line. */
    public int index() {
        return index;
    }

    /** The current line, stripped. */
    public String line() {
        return lineAt(index);
    }

    /** Number of lines in the article. */
    public int size() {
        return lines.size();
    }

    /** All the lines of the text, blank ones too (read only). */
    List<String> lines() {
        return java.util.Collections.unmodifiableList(lines);
    }

    /** The stripped line at {@code i}, or empty text out of range. */
    public String lineAt(int i) {
        return i >= 0 && i < lines.size() ? lines.get(i).replace('\u00A0', ' ').strip() : "";
    }

    /** Index of the closest non-blank line before the current one, or -1. */
    public int previousNonBlank() {
        return nonBlankBefore(index);
    }

    /** The closest non-blank line after the current one, stripped, or empty text. */
    public String nextNonBlank() {
        for (int i = index + 1; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                return lineAt(i);
            }
        }
        return "";
    }

    /** The rule that removed the closest non-blank line before this one, or {@code null} if it was kept. */
    public String previousRemovedBy() {
        int previous = previousNonBlank();
        return previous < 0 ? null : removedBy.get(previous);
    }

    /** The rule that removed the line at {@code i}, or {@code null} if it was kept (or not reached yet). */
    public String removedBy(int i) {
        return removedBy.get(i);
    }

    /** Index of the closest non-blank line before line {@code i}, or -1. */
    public int nonBlankBefore(int i) {
        for (int j = Math.min(i, lines.size()) - 1; j >= 0; j--) {
            if (!lines.get(j).isBlank()) {
                return j;
            }
        }
        return -1;
    }

    /** Number of non-blank lines before this one that were kept. */
    public int keptBefore() {
        int kept = 0;
        for (int i = 0; i < index; i++) {
            if (!lines.get(i).isBlank() && !removedBy.containsKey(i)) {
                kept++;
            }
        }
        return kept;
    }

    /** Fraction of the article's lines that come before this one, from 0 to 1. */
    public double position() {
        return lines.size() <= 1 ? 0 : (double) index / (lines.size() - 1);
    }
}
