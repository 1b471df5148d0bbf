package dev.storybrief.server;

import io.javalin.config.RoutesConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/** The page and the API description, served from the jar: plain HTML, CSS and JavaScript, no build step. */
final class WebAssets {
    private static final String BASE = "/dev/storybrief/server/web/";
    private static final Map<String, String> FILES = Map.of(
            "/", "index.html:text/html; charset=utf-8",
            "/app.js", "app.js:text/javascript; charset=utf-8",
            "/style.css", "style.css:text/css; charset=utf-8",
            "/openapi.json", "openapi.json:application/json; charset=utf-8",
            "/stories", "stories.html:text/html; charset=utf-8",
            "/stories.js", "stories.js:text/javascript; charset=utf-8",
            "/story-view.js", "story-view.js:text/javascript; charset=utf-8");

    private WebAssets() {
    }

    static void register(RoutesConfig routes) {
        FILES.forEach((route, spec) -> {
            int colon = spec.indexOf(':');
            byte[] bytes = load(spec.substring(0, colon));
            String type = spec.substring(colon + 1);
            routes.get(route, ctx -> ctx.contentType(type).header("Cache-Control", "no-cache").result(bytes));
        });
    }

    /** A file of the page's folder in the jar. */
    static byte[] load(String name) {
        try (InputStream in = WebAssets.class.getResourceAsStream(BASE + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + BASE + name + " in the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
