package dev.storybrief.server;

import io.javalin.http.Context;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Set;

/**
 * Who may call the server. With a token, every {@code /api} call needs {@code Authorization: Bearer <token>}
 * (401 otherwise). Bound to loopback, requests must name a loopback host, so a web page that rebinds its own
 * domain name to 127.0.0.1 cannot reach the API; and a browser request from another site (its {@code Origin}
 * differs from the {@code Host}) may not create or delete briefings.
 */
final class AccessGuard {
    private static final Set<String> LOOPBACK_NAMES = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

    private final byte[] token;
    private final boolean loopbackOnly;

    AccessGuard(String token, boolean loopbackOnly) {
        this.token = token == null ? null : token.getBytes(StandardCharsets.UTF_8);
        this.loopbackOnly = loopbackOnly;
    }

    /** Checks a request; throws {@link ApiProblem} (401 or 403) when it may not go on. */
    void check(Context ctx) {
        String host = ctx.header("Host");
        if (loopbackOnly && (host == null || !LOOPBACK_NAMES.contains(hostName(host)))) {
            throw new ApiProblem(403, "this server answers only to localhost, 127.0.0.1 or [::1]");
        }
        if (!ctx.path().startsWith("/api/") && !ctx.path().equals("/api")) {
            return;
        }
        String origin = ctx.header("Origin");
        if (origin != null && !origin.equals("null") && !sameHost(origin, host)) {
            throw new ApiProblem(403, "requests from another site are refused (Origin " + origin + ")");
        }
        if (token != null && !hasToken(ctx.header("Authorization"))) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new ApiProblem(401, "this server needs \"Authorization: Bearer <token>\" on every /api call");
        }
    }

    private boolean hasToken(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        byte[] given = authorization.substring(7).strip().getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(given, token);
    }

    private static boolean sameHost(String origin, String host) {
        try {
            URI uri = URI.create(origin);
            String authority = uri.getRawAuthority();
            return authority != null && host != null && authority.equalsIgnoreCase(host);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The host name of a Host header value, without the port, lower-cased. */
    static String hostName(String hostHeader) {
        String h = hostHeader.strip().toLowerCase(Locale.ROOT);
        if (h.startsWith("[")) {
            int end = h.indexOf(']');
            return end < 0 ? h : h.substring(0, end + 1);
        }
        int colon = h.lastIndexOf(':');
        return colon < 0 ? h : h.substring(0, colon);
    }
}
