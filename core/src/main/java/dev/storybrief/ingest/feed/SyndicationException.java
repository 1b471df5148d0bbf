package dev.storybrief.ingest.feed;

/** Bytes that look like a feed but cannot be read as one; the message is one line for the reader. */
public final class SyndicationException extends Exception {
    private static final long serialVersionUID = 1L;

    SyndicationException(String message) {
        super(message);
    }
}
