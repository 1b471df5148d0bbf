package dev.storybrief.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Parses one JSON Lines line the way the {@code brief} command reads {@code .jsonl}: a single article
 * {@code {"id","title","date","outlet"|"source","text"}}, or a cluster {@code {"id","documents":[...]}} whose documents
 * are taken as single articles (the job finds the stories itself). A line without text, or not JSON, gives nothing
 * and is reported to the caller's counter, as {@code brief} names such a line instead of dropping it unseen.
 */
final class JsonArticleLines {
    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonArticleLines() {
    }

    /**
     * The articles on a line; empty for a blank or bad line.
     *
     * @param skipped told why a line or a cluster's document gave no article (a blank line is no article and no skip)
     */
    static List<ArticleRecord> parse(String line, String source, Consumer<SkippedInput.Reason> skipped) {
        if (line == null || line.isBlank()) {
            return List.of();
        }
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            skipped.accept(SkippedInput.Reason.INVALID_JSON);
            return List.of();
        }
        if (node == null || !node.isObject()) {
            skipped.accept(SkippedInput.Reason.NO_TEXT);
            return List.of();
        }
        List<ArticleRecord> out = new ArrayList<>();
        if (node.path("documents").isArray()) {
            String cluster = node.path("id").asText("cluster");
            int position = 0;
            for (JsonNode doc : node.get("documents")) {
                add(doc, cluster + "-" + (++position), source, out, skipped);
            }
        } else {
            add(node, null, source, out, skipped);
        }
        return out;
    }

    private static void add(JsonNode doc, String fallbackId, String source, List<ArticleRecord> out,
                            Consumer<SkippedInput.Reason> skipped) {
        String text = text(doc, "text");
        if (text == null || text.isBlank()) {
            skipped.accept(SkippedInput.Reason.NO_TEXT);
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
