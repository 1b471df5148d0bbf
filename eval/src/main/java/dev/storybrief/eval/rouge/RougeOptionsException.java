package dev.storybrief.eval.rouge;

/** Thrown when scorer options or a ROUGE-1.5.5 flag string are invalid or not supported. */
public final class RougeOptionsException extends RougeException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with a one-line message. */
    public RougeOptionsException(String message) {
        super(message);
    }
}
