package dev.storybrief.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses one JSON Lines line the way the {@code brief} command reads {@code .jsonl}: a single article
 * {@code {"id","title","date","outlet"|"source","text"}}, or a cluster {@code {"id","documents":[...]}} whose documents
 * are taken as single articles (the job finds the stories itself). A line without text, or not JSON, gives nothing.
 */
final class JsonArticleLines {
    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonArticleLines() {
    }

    /** The articles on a line; empty for a blank or bad line. */
    static List<ArticleRecord> parse(String line, String source) {
        if (line == null || line.isBlank()) {
            return List.of();
        }
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            return List.of();
        }
        if (node == null || !node.isObject()) {
            return List.of();
        }
        List<ArticleRecord> out = new ArrayList<>();
        if (node.path("documents").isArray()) {
            String cluster = node.path("id").asText("cluster");
            int position = 0;
            for (JsonNode doc : node.get("documents")) {
                add(doc, cluster + "-" + (++position), source, out);
            }
        } else {
            add(node, null, source, out);
        }
        return out;
    }

    private static void add(JsonNode doc, String fallbackId, String source, List<ArticleRecord> out) {
        String text = text(doc, "text");
        if (text == null || text.isBlank()) {
            return;
        }
        String id = text(doc, "id");
        if (id == null) {
            id = fallbackId != null ? fallbackId : "article-" + Integer.toHexString(text.hashCode());
        }
        String outlet = text(doc, "outlet") != null ? text(doc, "outlet") : text(doc, "source");
        out.add(new ArticleRecord(null, id, text(doc, "title"), text(doc, "date"), outlet, text, source, false));
    }

    private static String text(JsonNode doc, String field) {
        JsonNode value = doc.get(field);
        return value != null && value.isValueNode() && !value.asText().isBlank() ? value.asText().strip() : null;
    }
}
