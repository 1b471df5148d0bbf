package dev.storybrief.ingest;

import java.nio.file.Path;

/**
 * A one-line message about an input that could not be read, or was read with a doubt.
 *
 * @param path    the file concerned, or {@code null}
 * @param message what happened, in words a reader understands
 * @param skipped true when the input was left out of the briefing
 */
public record InputProblem(Path path, String message, boolean skipped) {

    /** The message prefixed with the file name, ready to print. */
    public String line() {
        String prefix = path == null ? "" : path + ": ";
        return (skipped ? "skipped " : "warning ") + prefix + message;
    }
}
