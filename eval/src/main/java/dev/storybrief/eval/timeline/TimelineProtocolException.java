package dev.storybrief.eval.timeline;

/** A timeline system returned more dates or sentences than the protocol allows, or a date out of range. */
public final class TimelineProtocolException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** With a message naming the system and the broken rule. */
    public TimelineProtocolException(String message) {
        super(message);
    }
}
