package dev.storybrief.server;

import io.javalin.http.Context;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Duration;
import java.util.Locale;

/**
 * Reads and drops what is left of a request body the server refused (413, 415, 401, 503, 404...) before the reply
 * goes out. A server that answers and closes while its client is still sending leaves bytes unread on the socket;
 * closing such a socket resets the connection, and the reset can reach the client before it has read the reply, so
 * the client is told nothing but "connection reset" or "header parser received no bytes" instead of why. This is
 * the HTTP servers' "lingering close", bounded by time rather than size: a refused body costs the server its
 * transfer, never memory. A client waiting for "100 Continue" whose body was not asked for has sent nothing and is
 * not asked for it now.
 */
final class RefusedBodies {
    /** Set on a request once a handler starts reading its body (after which a "100 Continue" has been sent). */
    static final String OPENED = "storybrief.bodyOpened";
    /** How long a refused body is read before the server gives up and closes (nginx's {@code lingering_time}). */
    static final Duration PATIENCE = Duration.ofSeconds(30);

    private RefusedBodies() {
    }

    /** Marks the request's body as being read, so a refused rest is read to its end and not left on the socket. */
    static void opening(Context ctx) {
        ctx.attribute(OPENED, Boolean.TRUE);
    }

    /** After a refusal: reads the rest of the request's body, if any, and drops it. */
    static void drain(Context ctx) {
        if (ctx.statusCode() < 400) {
            return;
        }
        HttpServletRequest req = ctx.req();
        if (!hasBody(req) || (expectsContinue(req) && ctx.attribute(OPENED) == null)) {
            return;
        }
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        byte[] buffer = new byte[16 * 1024];
        try {
            ServletInputStream in = req.getInputStream();
            while (!in.isFinished() && in.read(buffer) >= 0 && System.nanoTime() < deadline) {
                // dropped
            }
        } catch (IOException | RuntimeException e) {
            // the client went away, or the container already gave up on the body: there is nothing left to read
        }
    }

    private static boolean hasBody(HttpServletRequest req) {
        long declared = req.getContentLengthLong();
        return declared > 0 || (declared < 0 && req.getHeader("Transfer-Encoding") != null);
    }

    private static boolean expectsContinue(HttpServletRequest req) {
        String expect = req.getHeader("Expect");
        return expect != null && expect.toLowerCase(Locale.ROOT).contains("100-continue");
    }
}
