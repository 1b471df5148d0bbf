package dev.storybrief.model;

import java.util.Objects;

/** Checks shared by the annotation records: an extent must be non-empty and match its text. */
final class Spans {
    private Spans() {
    }

    static void check(int start, int end, String text) {
        Objects.requireNonNull(text, "text");
        if (start < 0 || end < start || end - start != text.length()) {
            throw new IllegalArgumentException("bad extent [" + start + ", " + end + ") for '" + text + "'");
        }
    }
}
