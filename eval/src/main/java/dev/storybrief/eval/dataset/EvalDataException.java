package dev.storybrief.eval.dataset;

/** An evaluation data set that cannot be read as promised; the message is one line naming the file and the fault. */
public final class EvalDataException extends RuntimeException {

    /** An exception with a one-line message. */
    public EvalDataException(String message) {
        super(message);
    }
}
