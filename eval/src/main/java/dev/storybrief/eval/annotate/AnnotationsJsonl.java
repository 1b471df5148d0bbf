package dev.storybrief.eval.annotate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storybrief.eval.dataset.EvalDataException;
import dev.storybrief.eval.dataset.JsonlFiles;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads and writes {@code storybrief annotate}'s JSON Lines (see {@link AnnotatedDocument}), so the evaluations score
 * the command's output (or, in process, the same lines from PipelineAnnotations). A malformed line stops the read
 * with an {@link EvalDataException} naming it.
 */
public final class AnnotationsJsonl {
    private static final ObjectMapper JSON = new ObjectMapper();

    private AnnotationsJsonl() {
    }

    /** Every document of the file, by id, in file order. */
    public static Map<String, AnnotatedDocument> read(Path file) {
        Map<String, AnnotatedDocument> byId = new LinkedHashMap<>();
        JsonlFiles.forEachRecord(file, (node, where) -> {
            AnnotatedDocument doc = document(node, where);
            byId.put(doc.id(), doc);
        });
        return byId;
    }

    /** One JSON line. */
    public static AnnotatedDocument parse(String line, String where) {
        try {
            return document(JSON.readTree(line), where);
        } catch (IOException e) {
            throw new EvalDataException(where + ": invalid JSON");
        }
    }

    private static AnnotatedDocument document(JsonNode node, String where) {
        if (node == null || !node.path("id").isTextual()) {
            throw new EvalDataException(where + ": no \"id\" string");
        }
        List<TimexAnnotation> timexes = new ArrayList<>();
        for (JsonNode t : node.path("timexes")) {
            timexes.add(new TimexAnnotation(span(t, where), textOrNull(t, "type"), textOrNull(t, "value")));
        }
        List<QuoteAnnotation> quotes = new ArrayList<>();
        for (JsonNode q : node.path("quotes")) {
            JsonNode speaker = q.get("speaker");
            quotes.add(new QuoteAnnotation(span(q, where),
                    speaker == null || speaker.isNull() ? null : span(speaker, where), textOrNull(q, "speakerName")));
        }
        return new AnnotatedDocument(node.get("id").asText(), textOrNull(node, "language"), textOrNull(node, "date"),
                timexes, quotes);
    }

    /** Writes the documents, one JSON line each, in the annotate layout. */
    public static void write(List<AnnotatedDocument> documents, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (AnnotatedDocument doc : documents) {
                out.write(JSON.writeValueAsString(toMap(doc)));
                out.newLine();
            }
        }
    }

    private static Map<String, Object> toMap(AnnotatedDocument doc) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", doc.id());
        m.put("language", doc.language());
        m.put("date", doc.date());
        List<Map<String, Object>> timexes = new ArrayList<>();
        for (TimexAnnotation t : doc.timexes()) {
            Map<String, Object> one = spanMap(t.span());
            one.put("type", t.type());
            one.put("value", t.value());
            timexes.add(one);
        }
        m.put("timexes", timexes);
        List<Map<String, Object>> quotes = new ArrayList<>();
        for (QuoteAnnotation q : doc.quotes()) {
            Map<String, Object> one = spanMap(q.span());
            one.put("speaker", q.speaker() == null ? null : spanMap(q.speaker()));
            one.put("speakerName", q.speakerName());
            quotes.add(one);
        }
        m.put("quotes", quotes);
        return m;
    }

    private static Map<String, Object> spanMap(Span span) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("start", span.start());
        m.put("end", span.end());
        m.put("text", span.text());
        return m;
    }

    private static Span span(JsonNode node, String where) {
        if (!node.path("start").canConvertToInt() || !node.path("end").canConvertToInt()
                || !node.path("start").isNumber() || !node.path("end").isNumber()) {
            throw new EvalDataException(where + ": a span without integer \"start\" and \"end\"");
        }
        int start = node.get("start").asInt();
        int end = node.get("end").asInt();
        if (start < 0 || end < start) {
            throw new EvalDataException(where + ": bad span [" + start + ", " + end + ")");
        }
        return new Span(start, end, textOrNull(node, "text"));
    }

    private static String textOrNull(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
