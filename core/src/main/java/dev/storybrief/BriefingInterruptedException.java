package dev.storybrief;

/**
 * Thrown when the thread running a briefing is interrupted: the pipeline checks between articles and between the
 * parts of a briefing, so a caller with a time limit (the HTTP service) can stop a briefing that runs too long and
 * get its worker back.
 */
public final class BriefingInterruptedException extends RuntimeException {

    BriefingInterruptedException() {
        super("the briefing was interrupted");
    }

    /** Throws when the current thread has been interrupted; the interrupt flag stays set for the caller. */
    public static void check() {
        if (Thread.currentThread().isInterrupted()) {
            throw new BriefingInterruptedException();
        }
    }
}
