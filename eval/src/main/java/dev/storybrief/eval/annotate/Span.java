package dev.storybrief.eval.annotate;

import java.util.List;
import java.util.function.Function;

/**
 * A piece of a document: {@code [start, end)} as Java string indices into its text.
 *
 * @param start first character
 * @param end   one past the last character
 * @param text  the text of the span (informative; scoring uses the offsets)
 */
public record Span(int start, int end, String text) {

    /** Validates the offsets. */
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    /** Characters shared with another span (0 when they do not overlap). */
    public int overlap(Span other) {
        return Math.max(0, Math.min(end, other.end) - Math.max(start, other.start));
    }

    /** True when they share at least one character. */
    public boolean overlaps(Span other) {
        return overlap(other) > 0;
    }

    /**
     * The item whose span shares most characters with this one (the first on a tie), or null when none overlaps.
     */
    public <T> T mostOverlapping(List<T> items, Function<T, Span> spanOf) {
        T best = null;
        int bestOverlap = 0;
        for (T item : items) {
            int o = overlap(spanOf.apply(item));
            if (o > bestOverlap) {
                best = item;
                bestOverlap = o;
            }
        }
        return best;
    }

    /** Number of characters. */
    public int length() {
        return end - start;
    }
}
