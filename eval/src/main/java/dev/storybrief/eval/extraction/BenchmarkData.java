package dev.storybrief.eval.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The article-extraction benchmark folder: ground truth, raw pages ({@code html/<key>.html.gz}) and
 * the peers' outputs ({@code baseline-outputs/<name>.json}).
 */
public final class BenchmarkData {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path dir;
    private final List<BenchmarkPage> pages;

    private BenchmarkData(Path dir, List<BenchmarkPage> pages) {
        this.dir = dir;
        this.pages = List.copyOf(pages);
    }

    /** Loads the ground truth of the benchmark folder {@code dir}, pages sorted by key. */
    public static BenchmarkData load(Path dir) {
        JsonNode truth = readJson(dir.resolve("ground-truth.json"));
        List<BenchmarkPage> pages = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : truth.properties()) {
            String key = e.getKey();
            pages.add(new BenchmarkPage(key, e.getValue().path("url").asText(null),
                    e.getValue().path("articleBody").asText(""), dir.resolve("html").resolve(key + ".html.gz")));
        }
        pages.sort((a, b) -> a.key().compareTo(b.key()));
        return new BenchmarkData(dir, pages);
    }

    /** The pages, sorted by key. */
    public List<BenchmarkPage> pages() {
        return pages;
    }

    /** Reads a page's raw (still gzipped) bytes. */
    public byte[] rawBytes(BenchmarkPage page) {
        try {
            return Files.readAllBytes(page.htmlFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + page.htmlFile(), e);
        }
    }

    /** Peer outputs by peer name (file stem), each a map from page key to predicted body; sorted by name. */
    public Map<String, Map<String, String>> peerOutputs() {
        Map<String, Map<String, String>> peers = new TreeMap<>();
        Path folder = dir.resolve("baseline-outputs");
        if (!Files.isDirectory(folder)) {
            return peers;
        }
        try (Stream<Path> files = Files.list(folder)) {
            files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().forEach(p -> {
                String name = p.getFileName().toString().replaceFirst("\\.json$", "");
                peers.put(name, readPeer(readJson(p)));
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
        return peers;
    }

    private static Map<String, String> readPeer(JsonNode root) {
        JsonNode mapping = root.has("output") && root.get("output").isObject() ? root.get("output") : root;
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : mapping.properties()) {
            JsonNode v = e.getValue();
            String text = v.isTextual() ? v.asText() : v.path("articleBody").asText("");
            out.put(e.getKey(), text);
        }
        return out;
    }

    private static JsonNode readJson(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read JSON " + file, e);
        }
    }
}
