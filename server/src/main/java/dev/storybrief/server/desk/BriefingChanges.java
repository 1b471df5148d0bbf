package dev.storybrief.server.desk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * What a story's newest briefing says that the one before did not: the positions of its new summary sentences,
 * timeline events and disagreements. A summary sentence is the same when its whole source sentence is; an event
 * when its date and text are; a disagreement when its topic and claims are.
 */
public final class BriefingChanges {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, Function<JsonNode, String>> SECTIONS = new LinkedHashMap<>();

    static {
        SECTIONS.put("summary", item -> item.path("sentence").asText(item.path("text").asText()));
        SECTIONS.put("timeline", item -> item.path("date").asText() + " " + item.path("text").asText());
        SECTIONS.put("disagreements", item -> item.path("topic").asText() + " " + item.path("claims").toString());
    }

    private BriefingChanges() {
    }

    /** For each section, the positions of items in {@code newer} that {@code older} does not hold. */
    public static Map<String, List<Integer>> between(String newer, String older) {
        JsonNode now = read(newer);
        JsonNode before = read(older);
        Map<String, List<Integer>> changes = new LinkedHashMap<>();
        SECTIONS.forEach((section, key) -> {
            Set<String> known = new HashSet<>();
            before.path(section).forEach(item -> known.add(key.apply(item)));
            List<Integer> added = new ArrayList<>();
            JsonNode items = now.path(section);
            for (int i = 0; i < items.size(); i++) {
                if (!known.contains(key.apply(items.get(i)))) {
                    added.add(i);
                }
            }
            changes.put(section, added);
        });
        return changes;
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (java.io.IOException e) {
            return JSON.createObjectNode();
        }
    }
}
