package dev.storybrief.eval.dataset;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storybrief.ingest.Ingested;
import dev.storybrief.ingest.InputProblem;
import dev.storybrief.ingest.InputReader;
import dev.storybrief.ingest.RawDocument;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * An evaluation data set in the shared JSON Lines format, one cluster a line:
 * {@code {"id", "documents": [{"id", "title"?, "date"?, "source"?, "text"}], "references": ["...", ...]}}.
 * Documents are read by core's {@link InputReader}, so they carry exactly the metadata the {@code brief} command
 * would give them; the references are read beside them. Any fault in the data (bad JSON, a cluster without
 * references, a document without text, a repeated cluster id) stops the load with an {@link EvalDataException}:
 * scores over a silently shrunken data set would not be comparable.
 */
public final class EvalDataset {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String name;
    private final List<EvalCluster> clusters;

    private EvalDataset(String name, List<EvalCluster> clusters) {
        this.name = name;
        this.clusters = List.copyOf(clusters);
    }

    /**
     * Loads one {@code .jsonl} file, or every {@code *.jsonl} file directly in a folder, in file-name order.
     *
     * @throws EvalDataException when the path holds no such file or the data is malformed
     */
    public static EvalDataset load(Path dirOrFile) {
        List<Path> files = filesOf(dirOrFile);
        Map<String, EvalCluster> byId = new LinkedHashMap<>();
        for (Path file : files) {
            for (EvalCluster cluster : readFile(file)) {
                if (byId.putIfAbsent(cluster.id(), cluster) != null) {
                    throw new EvalDataException(file + ": cluster id \"" + cluster.id() + "\" appears twice in "
                            + dirOrFile);
                }
            }
        }
        Path fileName = dirOrFile.toAbsolutePath().normalize().getFileName();
        return new EvalDataset(fileName == null ? dirOrFile.toString() : fileName.toString(),
                new ArrayList<>(byId.values()));
    }

    /** The folder or file name the set was loaded from. */
    public String name() {
        return name;
    }

    /** The clusters, in file order. */
    public List<EvalCluster> clusters() {
        return clusters;
    }

    /** Number of clusters. */
    public int size() {
        return clusters.size();
    }

    /** The cluster with the given id. */
    public Optional<EvalCluster> cluster(String id) {
        return clusters.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    private static List<Path> filesOf(Path dirOrFile) {
        if (Files.isRegularFile(dirOrFile)) {
            if (!dirOrFile.getFileName().toString().endsWith(".jsonl")) {
                throw new EvalDataException(dirOrFile + ": not a .jsonl file");
            }
            return List.of(dirOrFile);
        }
        if (!Files.isDirectory(dirOrFile)) {
            throw new EvalDataException(dirOrFile + ": no such file or folder");
        }
        try (Stream<Path> list = Files.list(dirOrFile)) {
            List<Path> files = list.filter(p -> p.getFileName().toString().endsWith(".jsonl"))
                    .filter(Files::isRegularFile).filter(p -> !holdsPeerSummaries(p)).sorted().toList();
            if (files.isEmpty()) {
                throw new EvalDataException(dirOrFile + ": folder holds no .jsonl file");
            }
            return files;
        } catch (IOException e) {
            throw new EvalDataException(dirOrFile + ": cannot list folder (" + e.getMessage() + ")");
        }
    }

    /**
     * True for a file of summaries made elsewhere ({@code {"id","system","summary"}} lines, like
     * {@code duc2004/sumrepo-peers.jsonl}) that sits beside the clusters: it is scored with {@code --peers}, not read
     * as clusters.
     */
    static boolean holdsPeerSummaries(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            String first = lines.filter(l -> !l.isBlank()).findFirst().orElse("");
            JsonNode node = JSON.readTree(first);
            return node != null && node.has("system") && node.has("summary") && !node.has("documents");
        } catch (IOException | java.io.UncheckedIOException e) {
            return false;
        }
    }

    private static List<EvalCluster> readFile(Path file) {
        Map<String, List<String>> references = readReferences(file);
        Ingested ingested = new InputReader().read(List.of(file));
        if (!ingested.problems().isEmpty()) {
            InputProblem first = ingested.problems().get(0);
            throw new EvalDataException(first.line());
        }
        Map<String, List<RawDocument>> documents = ingested.byCluster();
        List<EvalCluster> clusters = new ArrayList<>();
        references.forEach((id, refs) -> {
            List<RawDocument> docs = documents.get(id);
            if (docs == null) {
                throw new EvalDataException(file + ": cluster \"" + id + "\" has no readable document");
            }
            clusters.add(new EvalCluster(id, docs, refs));
        });
        return clusters;
    }

    /** Cluster ids and references, in line order, checking the shape of every line. */
    private static Map<String, List<String>> readReferences(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new EvalDataException(file + ": cannot read (" + e.getMessage() + ")");
        }
        Map<String, List<String>> references = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            String where = file + ": line " + (i + 1);
            JsonNode node = parse(lines.get(i), where);
            String id = requireText(node, "id", where);
            if (!node.path("documents").isArray() || node.get("documents").isEmpty()) {
                throw new EvalDataException(where + ": cluster \"" + id + "\" has no \"documents\" array");
            }
            if (references.put(id, referencesOf(node, id, where)) != null) {
                throw new EvalDataException(where + ": cluster id \"" + id + "\" appears twice");
            }
        }
        if (references.isEmpty()) {
            throw new EvalDataException(file + ": no cluster in file");
        }
        return references;
    }

    private static JsonNode parse(String line, String where) {
        try {
            JsonNode node = JSON.readTree(line);
            if (!node.isObject()) {
                throw new EvalDataException(where + ": not a JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new EvalDataException(where + ": invalid JSON (" + e.getOriginalMessage() + ")");
        }
    }

    private static String requireText(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new EvalDataException(where + ": no \"" + field + "\" string");
        }
        return value.asText();
    }

    private static List<String> referencesOf(JsonNode node, String id, String where) {
        JsonNode refs = node.get("references");
        if (refs == null || !refs.isArray() || refs.isEmpty()) {
            throw new EvalDataException(where + ": cluster \"" + id + "\" has no \"references\" array");
        }
        List<String> out = new ArrayList<>();
        for (JsonNode ref : refs) {
            if (!ref.isTextual() || ref.asText().isBlank()) {
                throw new EvalDataException(where + ": cluster \"" + id + "\" has a reference that is not text");
            }
            out.add(ref.asText());
        }
        return out;
    }
}
