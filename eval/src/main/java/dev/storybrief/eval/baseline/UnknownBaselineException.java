package dev.storybrief.eval.baseline;

/** A baseline name that {@link Baselines} does not know; the message is one line listing the known names. */
public final class UnknownBaselineException extends IllegalArgumentException {

    /** An exception for {@code name}. */
    public UnknownBaselineException(String name) {
        super("unknown baseline \"" + name + "\"; known: " + String.join(", ", Baselines.names()));
    }
}
