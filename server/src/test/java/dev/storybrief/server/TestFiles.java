package dev.storybrief.server;

import dev.storybrief.SharedData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The bundled example cluster and other files the tests read. */
final class TestFiles {
    private TestFiles() {
    }

    /** examples/millbrook-bridge. */
    static Path millbrook() {
        return SharedData.bundledExample();
    }

    /** The article files of the example, in name order (README excluded). */
    static List<Path> millbrookArticles() {
        try (Stream<Path> files = Files.list(millbrook())) {
            return files.filter(p -> !p.getFileName().toString().endsWith(".md")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The example's articles as the JSON API takes them: {@code {"id", "text" | "html"}}. */
    static List<Map<String, Object>> millbrookAsJson() {
        List<Map<String, Object>> articles = new ArrayList<>();
        for (Path p : millbrookArticles()) {
            String name = p.getFileName().toString();
            articles.add(Map.of("id", name.substring(0, name.lastIndexOf('.')), name.endsWith(".html") ? "html" : "text", read(p)));
        }
        return articles;
    }

    static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
