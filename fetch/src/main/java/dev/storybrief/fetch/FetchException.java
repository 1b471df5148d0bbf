package dev.storybrief.fetch;

import java.net.URI;

/** A fetch that did not give content: what kind of failure, for which URL, and a one-line reason. */
public final class FetchException extends Exception {
    private final FetchFailure failure;
    private final URI uri;
    private final int status;
    /** The address as the reader gave it, for one that is no URL at all (and so has no {@link URI}); else null. */
    private final String unparsed;

    /** A failure without an HTTP status. */
    public FetchException(FetchFailure failure, URI uri, String reason) {
        this(failure, uri, reason, 0);
    }

    /** A failure; {@code status} is the HTTP status when the server answered, else 0. */
    public FetchException(FetchFailure failure, URI uri, String reason, int status) {
        super(reason);
        this.failure = failure;
        this.uri = uri;
        this.status = status;
        this.unparsed = null;
    }

    /**
     * An address that is no URL at all ("http://[::1"): the line names it as given, where a {@link URI} cannot hold
     * it, and {@link #uri()} is {@code about:invalid}.
     */
    public static FetchException notAUrl(String address, String reason) {
        return new FetchException(address, reason);
    }

    private FetchException(String address, String reason) {
        super(reason);
        this.failure = FetchFailure.BAD_URL;
        this.uri = URI.create("about:invalid");
        this.status = 0;
        this.unparsed = address;
    }

    /** The kind of failure. */
    public FetchFailure failure() {
        return failure;
    }

    /** The URL that failed (the redirect hop, when it was one). */
    public URI uri() {
        return uri;
    }

    /** The HTTP status the server answered with, or 0. */
    public int status() {
        return status;
    }

    /** One line for a log: {@code <url>: <kind> (<reason>)}. */
    public String line() {
        return (unparsed != null ? unparsed : uri.toString()) + ": " + failure.label() + " (" + getMessage() + ")";
    }

    /** True when trying again later may succeed (time-outs, 5xx, network trouble), false for a lasting refusal. */
    public boolean transientFailure() {
        return switch (failure) {
            case TIMEOUT, CONNECT, IO, DNS -> true;
            case HTTP_STATUS -> status >= 500 || status == 429 || status == 408;
            default -> false;
        };
    }
}
