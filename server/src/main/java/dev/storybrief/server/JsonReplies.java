package dev.storybrief.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes JSON replies, including the one error shape every failure uses: {@code {"error", "status", "details"?}}. */
final class JsonReplies {
    static final String JSON_TYPE = "application/json; charset=utf-8";
    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonReplies() {
    }

    /** Replies with {@code status} and a document already serialised as JSON. */
    static void raw(Context ctx, int status, String json) {
        ctx.status(status).contentType(JSON_TYPE).result(json);
    }

    /** Replies with {@code status} and {@code value} serialised as JSON. */
    static void value(Context ctx, int status, Object value) {
        try {
            raw(ctx, status, JSON.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("reply values are plain maps, lists and records", e);
        }
    }

    /** Replies with an error: a status and a one-line reason, plus notes when there are any. */
    static void error(Context ctx, int status, String message, List<String> details) {
        error(ctx, status, message, details, null);
    }

    /** As {@link #error(Context, int, String, List)}, with the pipeline's own line ({@code reason}) when there is one. */
    static void error(Context ctx, int status, String message, List<String> details, String reason) {
        if (ctx.req().getContentLengthLong() > 0 || ctx.header("Transfer-Encoding") != null) {
            // The body may be left unread (refused early, or broken); the connection cannot carry another request,
            // and saying so keeps clients from reusing it.
            ctx.header("Connection", "close");
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", message);
        body.put("status", status);
        if (reason != null) {
            body.put("reason", reason);
        }
        if (!details.isEmpty()) {
            body.put("details", details);
        }
        value(ctx, status, body);
    }
}
