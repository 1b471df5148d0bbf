package dev.storybrief.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads JSON Lines: either clusters, one per line ({@code {"id", "documents": [{"id","title","date","text"}]}},
 * the format of the evaluation data), or single articles, one per line ({@code {"id","title","date","outlet","text"}}),
 * under the field names of {@link ArticleFields}. An article given as {@code "html"} instead of text is read as a saved
 * page is, its JSON fields before the page's own. A bad line is reported and skipped; the other lines go on.
 * <p>
 * A {@code .json} file is one JSON document as tools export them: an array of articles (or clusters), an object
 * holding its articles under a list ({@code {"status":"ok","articles":[...]}}, NewsAPI's answer), one cluster, or one
 * pretty-printed article (news-please writes one a file). Each article is read as a line would be. Objects written
 * one after another over several lines each (jq's output) are records as lines are, whatever the file's name.
 */
final class JsonLinesReader {
    private final HtmlReader htmlReader;

    JsonLinesReader(HtmlReader htmlReader) {
        this.htmlReader = htmlReader;
    }

    /** Made on first use: every reader holds a JsonLinesReader, most briefings read no JSON. */
    private static final class Mapper {
        static final ObjectMapper JSON = new ObjectMapper();
        /** A whole document: anything after its one value is an error, not ignored. */
        static final com.fasterxml.jackson.databind.ObjectReader STRICT = JSON.reader()
                .with(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    /** The fields under which exports list their articles, in the order they are looked for. */
    private static final List<String> ARTICLE_LISTS = List.of("articles", "items", "results", "data",
            "docs", "entries", "posts", "stories");

    /** Reads every line of {@code text}; a line longer than {@code maxBytes} (in UTF-8) is skipped as too large. */
    ReadOutcome read(Path path, String text, long maxBytes) {
        List<RawDocument> documents = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        List<JsonNode> stream = objectsOneAfterAnother(withoutByteOrderMark(text));
        if (stream != null && stream.size() > 1) {
            // objects written over several lines each: every object a record, as every line of JSON Lines is
            for (int i = 0; i < stream.size(); i++) {
                readRecord(path, "item " + (i + 1), stream.get(i), i, maxBytes, documents, problems);
            }
            return new ReadOutcome(documents, problems);
        }
        if (stream != null || isOneDocument(path, text)) {
            // one object over several lines, whatever the name: an article, a cluster or an export's wrapper
            readDocument(path, text, maxBytes, documents, problems);
            return new ReadOutcome(documents, problems);
        }
        String[] lines = text.split("\r?\n");
        for (int i = 0; i < lines.length; i++) {
            // a byte-order mark opens every file a tool writes, so files joined with cat carry one inside, at a line's start
            String line = lines[i].strip().replaceFirst("^\uFEFF+", "").strip();
            if (line.isEmpty()) {
                continue;
            }
            String where = "line " + (i + 1);
            long bytes = utf8Length(line, maxBytes);
            if (bytes > maxBytes) {
                problems.add(new InputProblem(path, where + ": " + InputReader.tooLarge(bytes, maxBytes), true));
                continue;
            }
            try {
                JsonNode node = Mapper.JSON.readTree(line);
                if (!node.isObject()) {
                    problems.add(new InputProblem(path, where + ": not a JSON object", true));
                } else if (node.has("documents")) {
                    readCluster(path, where, node, documents, problems);
                } else {
                    addDocument(path, where, node, null, null, i, documents, problems);
                }
            } catch (JsonProcessingException e) {
                problems.add(new InputProblem(path, where + ": invalid JSON" + JsonProblems.column(e) + " ("
                        + JsonProblems.reason(e) + ")", true));
            }
        }
        return new ReadOutcome(documents, problems);
    }

    /**
     * Whether the text is one JSON document rather than one value a line: an array, or a {@code .json} file's object
     * written over several lines. JSON Lines never opens with "[", and its first line is a whole object, which a
     * {@code .json} file written as JSON Lines keeps too; in a {@code .jsonl} file a first line that is no whole
     * object is a bad line, reported as such while the other lines are read.
     */
    private static boolean isOneDocument(Path path, String text) {
        String body = withoutByteOrderMark(text);
        if (body.startsWith("[")) {
            return true;
        }
        if (!isJsonName(path) || !body.startsWith("{")) {
            return false;
        }
        int firstLineEnd = body.indexOf('\n');
        if (firstLineEnd < 0) {
            return true;
        }
        try {
            Mapper.JSON.readTree(body.substring(0, firstLineEnd));
            return false; // the first line is a value of its own: JSON Lines under a .json name
        } catch (JsonProcessingException e) {
            return true;
        }
    }

    /**
     * The objects of a text that writes JSON objects one after another, each over several lines: what jq prints by
     * default and what a script writing {@code json.dumps(record, indent=2)} per record makes, often saved as
     * {@code .jsonl}. Null when the text is no such stream: its first line is a whole value (JSON Lines), it does not
     * open with an object, or it is not all whole objects (then it is read line by line, each bad line reported).
     */
    private static List<JsonNode> objectsOneAfterAnother(String body) {
        int firstLineEnd = body.indexOf('\n');
        if (!body.startsWith("{") || firstLineEnd < 0) {
            return null;
        }
        try {
            Mapper.JSON.readTree(body.substring(0, firstLineEnd));
            return null;
        } catch (JsonProcessingException e) {
            // the first object goes on past its first line
        }
        List<JsonNode> objects = new ArrayList<>();
        try (com.fasterxml.jackson.databind.MappingIterator<JsonNode> values =
                     Mapper.JSON.readerFor(JsonNode.class).readValues(body)) {
            while (values.hasNextValue()) {
                JsonNode value = values.nextValue();
                if (!value.isObject()) {
                    return null;
                }
                objects.add(value);
            }
        } catch (java.io.IOException | RuntimeException e) {
            return null;
        }
        return objects.isEmpty() ? null : objects;
    }

    private static boolean isJsonName(Path path) {
        return path != null && path.getFileName() != null
                && path.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".json");
    }

    private static String withoutByteOrderMark(String text) {
        return text.strip().replaceFirst("^\uFEFF+", "").strip();
    }

    /** One JSON document: its articles (or clusters) wherever the common export shapes hold them. */
    private void readDocument(Path path, String text, long maxBytes, List<RawDocument> documents,
                              List<InputProblem> problems) {
        JsonNode root;
        try {
            root = Mapper.STRICT.readTree(withoutByteOrderMark(text));
        } catch (JsonProcessingException e) {
            problems.add(new InputProblem(path, JsonProblems.describe(e), true));
            return;
        }
        JsonNode list = root.isArray() ? root : articleList(root);
        if (list == null) {
            // one article a file (news-please): named after its file, as a text file is
            JsonNode one = root.isObject() && !root.has("id") && !root.has("documents")
                    ? ((com.fasterxml.jackson.databind.node.ObjectNode) root.deepCopy()).put("id", SourceFormat.idOf(path))
                    : root;
            readRecord(path, "the document", one, 0, maxBytes, documents, problems);
            return;
        }
        if (list.isEmpty()) {
            problems.add(new InputProblem(path, "no article in the document (an empty list)", true));
        }
        for (int i = 0; i < list.size(); i++) {
            readRecord(path, "item " + (i + 1), list.get(i), i, maxBytes, documents, problems);
        }
    }

    /** The list of articles an export wraps in an object ({@code "articles"} in NewsAPI's answer), or null. */
    private static JsonNode articleList(JsonNode root) {
        if (root.has("documents")) {
            return null; // one cluster
        }
        for (String name : ARTICLE_LISTS) {
            JsonNode value = root.get(name);
            if (value != null && value.isArray() && value.size() > 0 && value.get(0).isObject()) {
                return value;
            }
        }
        return null;
    }

    private void readRecord(Path path, String where, JsonNode node, int position, long maxBytes,
                            List<RawDocument> documents, List<InputProblem> problems) {
        long bytes = utf8Length(node.toString(), maxBytes);
        if (bytes > maxBytes) {
            problems.add(new InputProblem(path, where + ": " + InputReader.tooLarge(bytes, maxBytes), true));
        } else if (node.isObject() && node.has("documents")) {
            readCluster(path, where, node, documents, problems);
        } else {
            addDocument(path, where, node, null, null, position, documents, problems);
        }
    }

    /** The UTF-8 length of {@code s}, counted only when it could pass {@code limit} (a line is mostly ASCII). */
    static long utf8Length(String s, long limit) {
        if (s.length() * 3L <= limit) {
            return s.length();
        }
        return s.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    }

    private void readCluster(Path path, String where, JsonNode cluster, List<RawDocument> out,
                             List<InputProblem> problems) {
        String number = where.matches("(?:line|item) \\d+") ? "-" + where.substring(5) : "";
        String clusterId = cluster.path("id").asText(SourceFormat.idOf(path) + number);
        JsonNode docs = cluster.get("documents");
        if (!docs.isArray()) {
            problems.add(new InputProblem(path, where + ": \"documents\" is not an array", true));
            return;
        }
        for (int i = 0; i < docs.size(); i++) {
            addDocument(path, where + " document " + (i + 1), docs.get(i), cluster, clusterId, i, out, problems);
        }
    }

    private void addDocument(Path path, String where, JsonNode doc, JsonNode cluster, String clusterId, int position,
                             List<RawDocument> out, List<InputProblem> problems) {
        if (!doc.isObject()) {
            problems.add(new InputProblem(path, where + ": not a JSON object", true));
            return;
        }
        String id = doc.hasNonNull("id") ? doc.get("id").asText()
                : (clusterId == null ? SourceFormat.idOf(path) : clusterId) + "-" + (position + 1);
        Map<MetaKey, String> meta = ArticleFields.meta(doc, cluster);
        if (clusterId != null) {
            meta.put(MetaKey.CLUSTER, clusterId);
        }
        String text = ArticleFields.text(doc);
        String html = text.isBlank() ? ArticleFields.html(doc) : null;
        if (html != null) {
            addPage(path, where, id, html, ArticleFields.url(doc), meta, ArticleFields.outletFromAddress(doc), out,
                    problems);
        } else if (text.isBlank()) {
            problems.add(new InputProblem(path, where + ": no article text (a \"text\" string or an \"html\" page)",
                    true));
        } else {
            out.add(new RawDocument(id, path, SourceFormat.JSON_LINES, text, meta));
        }
    }

    /**
     * An article given as a page's markup: read as a saved page, the line's own fields winning over the page's, except
     * an outlet the line has only from its address ({@code outletFromAddress}): the name the page states for itself
     * (its publisher, its site name) beats a bare domain.
     */
    private void addPage(Path path, String where, String id, String html, String url, Map<MetaKey, String> meta,
                         boolean outletFromAddress, List<RawDocument> out, List<InputProblem> problems) {
        ReadOutcome page = htmlReader.read(id, null, url, html.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        page.problems().forEach(p -> problems.add(new InputProblem(path, where + ": " + p.message(), p.skipped())));
        for (RawDocument doc : page.documents()) {
            Map<MetaKey, String> merged = new java.util.EnumMap<>(MetaKey.class);
            merged.putAll(doc.meta());
            merged.putAll(meta);
            String named = doc.meta(MetaKey.OUTLET);
            if (outletFromAddress && named != null && !PageAddress.isHostName(named)) {
                merged.put(MetaKey.OUTLET, named);
            }
            out.add(new RawDocument(id, path, SourceFormat.HTML, doc.text(), merged));
        }
    }
}
