package dev.storybrief.eval.rouge;

/**
 * Thrown when the scorer's data files (stopword list, WordNet exception dump) or the shared
 * data folder cannot be found or read.
 */
public final class RougeDataMissingException extends RougeException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with a one-line message. */
    public RougeDataMissingException(String message) {
        super(message);
    }

    /** Creates the exception with a one-line message and the I/O error behind it. */
    public RougeDataMissingException(String message, Throwable cause) {
        super(message, cause);
    }
}
