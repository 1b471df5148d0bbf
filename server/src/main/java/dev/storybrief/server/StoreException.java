package dev.storybrief.server;

/** The database failed (disk full, file damaged): a server fault, never the client's. */
public final class StoreException extends RuntimeException {
    /** Wraps a database failure with a one-line description of what was being done. */
    public StoreException(String doing, Throwable cause) {
        super(doing + " failed: " + cause.getMessage(), cause);
    }
}
