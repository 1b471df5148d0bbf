package dev.storybrief.server;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storybrief.server.desk.BriefingChanges;
import dev.storybrief.server.desk.DeskStore;
import dev.storybrief.server.desk.FeedState;
import dev.storybrief.server.desk.StoryQueries;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The live stories {@code watch} keeps in the data folder: {@code GET /api/stories} (most recently updated first,
 * stories of the same hour largest first, searchable) and {@code GET /api/stories/{id}} (a story with its newest
 * briefing and what that briefing adds to the one before), plus each feed's counts for {@code /health}.
 */
final class DeskRoutes {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int DEFAULT_PAGE = 30;
    private static final int MAX_PAGE = 200;

    private final DeskStore desk;

    DeskRoutes(DeskStore desk) {
        this.desk = desk;
    }

    void register(RoutesConfig routes) {
        routes.get("/api/stories", this::list);
        routes.get("/api/stories/{id}", this::read);
        new MethodsAllowed().allow("/api/stories", "GET").allow("/api/stories/{id}", "GET").register(routes);
    }

    private void list(Context ctx) {
        String q = QueryParams.query(ctx);
        int limit = QueryParams.intParam(ctx, "limit", DEFAULT_PAGE, 1, MAX_PAGE);
        int offset = QueryParams.intParam(ctx, "offset", 0, 0, Integer.MAX_VALUE);
        JsonReplies.value(ctx, 200, desk.queries().list(q, limit, offset));
    }

    private void read(Context ctx) throws IOException {
        String id = QueryParams.id(ctx, "story");
        Optional<StoryQueries.StoryListing> found = desk.queries().story(id);
        if (found.isEmpty()) {
            // a story given up when its articles were grouped again: its link leads to where they went
            Optional<String> joined = desk.queries().joinedInto(id);
            if (joined.isPresent()) {
                ctx.status(307).header("Location", "/api/stories/" + java.net.URLEncoder.encode(joined.get(),
                        java.nio.charset.StandardCharsets.UTF_8));
                return;
            }
        }
        StoryQueries.StoryListing story = found.orElseThrow(() -> new ApiProblem(404, "no story " + id));
        Map<String, Object> body = JSON.convertValue(story, new TypeReference<LinkedHashMap<String, Object>>() { });
        List<StoryQueries.StoredBriefing> briefings = desk.queries().briefings(id);
        StoryQueries.StoredBriefing newest = briefings.isEmpty() ? null : briefings.get(0);
        StoryQueries.StoredBriefing previous = briefings.size() > 1 ? briefings.get(1) : null;
        body.put("briefed", newest == null ? null : newest.created());
        body.put("previousBriefed", previous == null ? null : previous.created());
        body.put("new", previous == null ? Map.of("summary", List.of(), "timeline", List.of(), "disagreements", List.of())
                : BriefingChanges.between(newest.json(), previous.json()));
        body.put("briefing", newest == null ? null : JSON.readTree(newest.json()));
        JsonReplies.value(ctx, 200, body);
    }

    /** Each feed's polls and errors, for {@code /health}. */
    List<Map<String, Object>> feedHealth() {
        return desk.articles().feeds().stream().map(DeskRoutes::health).toList();
    }

    private static Map<String, Object> health(FeedState feed) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("url", feed.url());
        m.put("title", feed.title());
        m.put("polls", feed.polls());
        m.put("notModified", feed.notModified());
        m.put("errors", feed.errors());
        m.put("lastError", feed.lastError());
        m.put("lastErrorAt", feed.lastErrorAt());
        m.put("lastPolled", feed.lastPolled());
        return m;
    }
}
