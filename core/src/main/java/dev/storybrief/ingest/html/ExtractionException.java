package dev.storybrief.ingest.html;

/** Input the extractor cannot read at all (for example a corrupt gzip stream); the message is one line. */
public final class ExtractionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Creates the exception with a one-line message. */
    public ExtractionException(String message) {
        super(message);
    }

    /** Creates the exception with a one-line message and the low-level cause. */
    public ExtractionException(String message, Throwable cause) {
        super(message, cause);
    }
}
