package dev.storybrief.server;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.Locale;

/**
 * What a browser is shown for an address the server has no page at: a page with links to the ones it has, instead
 * of the API's JSON error, which a reader who mistyped an address cannot use. Programs (an {@code Accept} without
 * HTML) and everything under {@code /api} keep the JSON reply.
 */
final class MissingPage {
    private static final byte[] PAGE = WebAssets.load("not-found.html");

    private MissingPage() {
    }

    /** Whether this 404 goes to a browser asking for a page. */
    static boolean wanted(Context ctx) {
        String accept = ctx.header("Accept");
        return HandlerType.GET.equals(ctx.method()) && !ctx.path().startsWith("/api")
                && accept != null && accept.toLowerCase(Locale.ROOT).contains("text/html");
    }

    /** Answers 404 with the page. */
    static void reply(Context ctx) {
        ctx.status(404).contentType("text/html; charset=utf-8").header("Cache-Control", "no-cache").result(PAGE);
    }
}
