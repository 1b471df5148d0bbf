package dev.storybrief.server;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;

/** The JSON API: create, read, list/search and delete briefings, and the health check. */
final class BriefRoutes {
    private static final int DEFAULT_PAGE = 50;
    private static final int MAX_PAGE = 200;

    private final ServerConfig config;
    private final BriefingPool pool;
    private final BriefingService service;
    private final BriefStore store;
    private final RequestBodies bodies;
    private final java.util.function.Supplier<Object> feedHealth;

    BriefRoutes(ServerConfig config, BriefingPool pool, BriefingService service, BriefStore store,
                java.util.function.Supplier<Object> feedHealth) {
        this.config = config;
        this.pool = pool;
        this.service = service;
        this.store = store;
        this.feedHealth = feedHealth;
        this.bodies = new RequestBodies(config.maxRequestBytes(), config.maxArticles(), config.maxWords());
    }

    void register(RoutesConfig routes) {
        routes.post("/api/briefs", this::create);
        routes.get("/api/briefs", this::list);
        routes.get("/api/briefs/{id}", this::read);
        routes.delete("/api/briefs/{id}", this::delete);
        routes.get("/health", this::health);
        new MethodsAllowed().allow("/api/briefs", "GET", "POST").allow("/api/briefs/{id}", "GET", "DELETE")
                .allow("/health", "GET").register(routes);
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
        String id = QueryParams.id(ctx, "briefing");
        String json = store.json(id).orElseThrow(() -> new ApiProblem(404, "no briefing " + id));
        JsonReplies.raw(ctx, 200, json);
    }

    private void delete(Context ctx) {
        String id = QueryParams.id(ctx, "briefing");
        if (!store.delete(id)) {
            throw new ApiProblem(404, "no briefing " + id);
        }
        ctx.status(204);
    }

    private void list(Context ctx) {
        String q = QueryParams.query(ctx);
        int limit = QueryParams.intParam(ctx, "limit", DEFAULT_PAGE, 1, MAX_PAGE);
        int offset = QueryParams.intParam(ctx, "offset", 0, 0, Integer.MAX_VALUE);
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
        health.put("feeds", feedHealth.get());
        JsonReplies.value(ctx, 200, health);
    }
}
