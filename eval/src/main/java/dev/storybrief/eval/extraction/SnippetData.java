package dev.storybrief.eval.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The trafilatura-eval folder ({@code ground-truth.json} and {@code html/<key>.html.gz}): pages with the snippets
 * their main text must and must not contain. Told apart from the Zyte benchmark's folder by its ground truth,
 * whose entries hold {@code with} lists instead of an {@code articleBody}.
 */
public final class SnippetData {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SnippetData() {
    }

    /** Whether {@code dir} holds snippet ground truth (rather than whole article bodies). */
    public static boolean isSnippetData(Path dir) {
        Path truth = dir.resolve("ground-truth.json");
        if (!Files.isRegularFile(truth)) {
            return false;
        }
        JsonNode root = read(truth);
        var entries = root.properties().iterator();
        return entries.hasNext() && entries.next().getValue().has("with");
    }

    /** The pages of the folder, sorted by key. */
    public static List<SnippetPage> load(Path dir) {
        JsonNode root = read(dir.resolve("ground-truth.json"));
        List<SnippetPage> pages = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : root.properties()) {
            JsonNode v = e.getValue();
            pages.add(new SnippetPage(e.getKey(), v.path("url").asText(null),
                    dir.resolve("html").resolve(e.getKey() + ".html.gz"), strings(v.path("with")),
                    strings(v.path("without")), text(v.get("title")), text(v.get("date")), text(v.get("sitename")),
                    strings(v.path("authors"))));
        }
        pages.sort((a, b) -> a.key().compareTo(b.key()));
        return pages;
    }

    /** The gzipped bytes of a page. */
    public static byte[] rawBytes(SnippetPage page) {
        try {
            return Files.readAllBytes(page.htmlFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + page.htmlFile(), e);
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        if (array.isArray()) {
            array.forEach(n -> {
                if (n.isTextual()) {
                    out.add(n.asText());
                }
            });
        } else if (array.isTextual()) {
            out.add(array.asText());
        }
        return out;
    }

    private static String text(JsonNode n) {
        return n == null || !n.isTextual() || n.asText().isBlank() ? null : n.asText();
    }

    private static JsonNode read(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
