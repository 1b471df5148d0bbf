package dev.storybrief.eval.rouge;

/**
 * Base type of every error the ROUGE scorer reports for bad input or missing data.
 * The message is always a single line that says what to fix.
 */
public class RougeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with a one-line message. */
    public RougeException(String message) {
        super(message);
    }

    /** Creates the exception with a one-line message and the underlying cause. */
    public RougeException(String message, Throwable cause) {
        super(message, cause);
    }
}
