package dev.storybrief.server;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;

/** The JSON API: create, read, list/search and delete briefings, and the health check. */
final class BriefRoutes {
    private static final int DEFAULT_PAGE = 50;
    private static final int MAX_PAGE = 200;
    private static final int MAX_ID_LENGTH = 64;

    private final ServerConfig config;
    private final BriefingPool pool;
    private final BriefingService service;
    private final BriefStore store;
    private final RequestBodies bodies;

    BriefRoutes(ServerConfig config, BriefingPool pool, BriefingService service, BriefStore store) {
        this.config = config;
        this.pool = pool;
        this.service = service;
        this.store = store;
        this.bodies = new RequestBodies(config.maxRequestBytes(), config.maxArticles(), config.maxWords());
    }

    void register(RoutesConfig routes) {
        routes.post("/api/briefs", this::create);
        routes.get("/api/briefs", this::list);
        routes.get("/api/briefs/{id}", this::read);
        routes.delete("/api/briefs/{id}", this::delete);
        routes.get("/health", this::health);
    }

    private void create(Context ctx) throws Exception {
        try (BriefingPool.Admission admission = pool.admit()) {
            BriefRequest request = bodies.read(ctx);
            NewBrief brief = admission.run(() -> service.brief(request));
            service.store(brief);
            ctx.header("Location", "/api/briefs/" + brief.id());
            JsonReplies.raw(ctx, 201, brief.json());
        }
    }

    private void read(Context ctx) {
        String id = id(ctx);
        String json = store.json(id).orElseThrow(() -> new ApiProblem(404, "no briefing " + id));
        JsonReplies.raw(ctx, 200, json);
    }

    private void delete(Context ctx) {
        String id = id(ctx);
        if (!store.delete(id)) {
            throw new ApiProblem(404, "no briefing " + id);
        }
        ctx.status(204);
    }

    private void list(Context ctx) {
        String q = ctx.queryParam("q");
        if (q != null && q.length() > 500) {
            throw ApiProblem.badRequest("q is longer than 500 characters");
        }
        int limit = intParam(ctx, "limit", DEFAULT_PAGE, 1, MAX_PAGE);
        int offset = intParam(ctx, "offset", 0, 0, Integer.MAX_VALUE);
        JsonReplies.value(ctx, 200, store.search(q, limit, offset));
    }

    private void health(Context ctx) {
        Map<String, Object> health = new LinkedHashMap<>();
        health.put("status", "ok");
        health.put("briefs", store.count());
        health.put("tokenRequired", config.token() != null);
        health.put("serverPaths", config.allowDir() != null);
        health.put("limits", Map.of("maxRequestBytes", config.maxRequestBytes(),
                "maxArticles", config.maxArticles(), "maxWords", config.maxWords(),
                "briefTimeoutSeconds", config.briefTimeout().toSeconds()));
        health.put("busyPlaces", pool.placesTaken());
        JsonReplies.value(ctx, 200, health);
    }

    private static String id(Context ctx) {
        String id = ctx.pathParam("id");
        if (id.isEmpty() || id.length() > MAX_ID_LENGTH) {
            throw new ApiProblem(404, "no such briefing");
        }
        return id;
    }

    private static int intParam(Context ctx, String name, int fallback, int min, int max) {
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
}
