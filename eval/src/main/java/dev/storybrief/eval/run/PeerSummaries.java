package dev.storybrief.eval.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storybrief.eval.dataset.EvalDataException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Summaries made elsewhere, one JSON line each ({@code {"id", "system", "summary"}}, as in
 * {@code duc2004/sumrepo-peers.jsonl}), so published systems sit in the same table. Line breaks in a summary
 * separate its sentence units, as the scorer's SEE files did.
 */
public final class PeerSummaries {
    private static final ObjectMapper JSON = new ObjectMapper();

    private PeerSummaries() {
    }

    /** Summaries by system, then by cluster id, in file order. */
    public static Map<String, Map<String, String>> load(Path file) {
        Map<String, Map<String, String>> bySystem = new LinkedHashMap<>();
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new EvalDataException(file + ": cannot read peer summaries (" + e.getMessage() + ")");
        }
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            JsonNode node;
            try {
                node = JSON.readTree(lines.get(i));
            } catch (IOException e) {
                throw new EvalDataException(file + " line " + (i + 1) + ": invalid JSON");
            }
            String id = node.path("id").asText("");
            String system = node.path("system").asText("");
            if (id.isEmpty() || system.isEmpty() || !node.has("summary")) {
                throw new EvalDataException(file + " line " + (i + 1) + ": needs \"id\", \"system\" and \"summary\"");
            }
            bySystem.computeIfAbsent(system, s -> new LinkedHashMap<>()).put(id, node.get("summary").asText());
        }
        return bySystem;
    }
}
