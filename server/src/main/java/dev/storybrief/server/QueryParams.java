package dev.storybrief.server;

import io.javalin.http.Context;

/** Query parameters of the listing calls, checked: a bad one is a 400 with the allowed range. */
final class QueryParams {
    private static final int MAX_QUERY = 500;
    private static final int MAX_ID_LENGTH = 64;

    private QueryParams() {
    }

    /** The whole number {@code name}, from {@code min} to {@code max}; {@code fallback} when absent. */
    static int intParam(Context ctx, String name, int fallback, int min, int max) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below with the range
        }
        throw ApiProblem.badRequest(name + " must be a whole number from " + min + " to " + max);
    }

    /** The search words {@code q}, at most 500 characters, or null. */
    static String query(Context ctx) {
        String q = ctx.queryParam("q");
        if (q != null && q.length() > MAX_QUERY) {
            throw ApiProblem.badRequest("q is longer than " + MAX_QUERY + " characters");
        }
        return q;
    }

    /** The path's {@code id}; a 404 naming {@code what} when it cannot be one. */
    static String id(Context ctx, String what) {
        String id = ctx.pathParam("id");
        if (id.isEmpty() || id.length() > MAX_ID_LENGTH) {
            throw new ApiProblem(404, "no such " + what);
        }
        return id;
    }
}
