package dev.storybrief;

import java.util.List;

/** Thrown when the inputs hold nothing that can be briefed; the message is one line, fit for a terminal. */
public final class NothingToBriefException extends RuntimeException {
    private final List<String> warnings;

    /** An exception with a one-line message and the warnings met before it. */
    public NothingToBriefException(String message, List<String> warnings) {
        super(message);
        this.warnings = List.copyOf(warnings);
    }

    /** Problems met while reading, each one line. */
    public List<String> warnings() {
        return warnings;
    }
}
