package dev.storybrief.server;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Handler;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The methods each API path serves, so that any other method on a path that exists is answered 405 with an
 * {@code Allow} header (RFC 9110), not 404: {@code PUT /api/briefs} names a resource that is there, only not
 * writable that way.
 */
final class MethodsAllowed {
    /** The methods a route can be registered for; HEAD and OPTIONS are the server's own. */
    private static final List<String> METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE");

    private final Map<String, List<String>> allowed = new LinkedHashMap<>();

    /** Notes that {@code path} serves {@code methods} (upper case). */
    MethodsAllowed allow(String path, String... methods) {
        allowed.computeIfAbsent(path, p -> new ArrayList<>()).addAll(List.of(methods));
        return this;
    }

    /** Registers, for each path noted, a 405 answer for every method it does not serve. */
    void register(RoutesConfig routes) {
        allowed.forEach((path, methods) -> {
            String allow = String.join(", ", methods);
            Handler refuse = ctx -> {
                ctx.header("Allow", allow);
                throw new ApiProblem(405, ctx.method() + " is not allowed on " + path + " (allowed: " + allow + ")");
            };
            for (String method : METHODS) {
                if (!methods.contains(method)) {
                    switch (method) {
                        case "GET" -> routes.get(path, refuse);
                        case "POST" -> routes.post(path, refuse);
                        case "PUT" -> routes.put(path, refuse);
                        case "PATCH" -> routes.patch(path, refuse);
                        default -> routes.delete(path, refuse);
                    }
                }
            }
        });
    }
}
