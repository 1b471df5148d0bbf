package dev.storybrief.server;

import java.util.List;

/**
 * A request the server refuses, with the HTTP status and a one-line reason the client can show. Thrown anywhere
 * while handling a request; turned into {@code {"error", "status", "details"?}} by the server, never a stack trace.
 */
public final class ApiProblem extends RuntimeException {
    private final int status;
    private final List<String> details;
    private final String reason;

    /** A problem with a status and a one-line reason. */
    public ApiProblem(int status, String message) {
        this(status, message, List.of());
    }

    /** A problem with a status, a one-line reason and the warnings met before it. */
    public ApiProblem(int status, String message, List<String> details) {
        this(status, message, details, null);
    }

    /**
     * A problem said in plain words for the page's reader ({@code message}), with the pipeline's own line for programs
     * and logs ({@code reason}: which rule, which input).
     */
    public ApiProblem(int status, String message, List<String> details, String reason) {
        super(message, null, false, false);
        this.status = status;
        this.details = List.copyOf(details);
        this.reason = reason;
    }

    /** 400: the request itself is wrong. */
    public static ApiProblem badRequest(String message) {
        return new ApiProblem(400, message);
    }

    /** The HTTP status to answer with. */
    public int status() {
        return status;
    }

    /** The pipeline's own line when {@link #getMessage()} is said in plain words for a reader; else null. */
    public String reason() {
        return reason;
    }

    /** Further one-line notes, such as the inputs that were skipped. */
    public List<String> details() {
        return details;
    }
}
