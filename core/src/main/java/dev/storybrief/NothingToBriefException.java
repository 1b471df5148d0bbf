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

    /** No readable article in {@code inputs}: the message names the last problem met, the one most likely the cause. */
    public static NothingToBriefException noReadableArticle(Object inputs, List<String> warnings) {
        return new NothingToBriefException("no readable article in " + inputs
                + (warnings.isEmpty() ? "" : " (" + warnings.get(warnings.size() - 1) + ")"), warnings);
    }

    /**
     * The inputs as an error line names them: "a.txt, b.html", not a Java list's "[a.txt, b.html]", and at most
     * three, then how many more.
     */
    public static String named(java.util.Collection<?> inputs) {
        List<String> names = inputs.stream().map(String::valueOf).toList();
        return names.size() <= 3 ? String.join(", ", names)
                : String.join(", ", names.subList(0, 3)) + " and " + (names.size() - 3) + " more";
    }

    /** Problems met while reading, each one line. */
    public List<String> warnings() {
        return warnings;
    }
}
