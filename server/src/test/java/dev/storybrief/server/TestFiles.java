package dev.storybrief.server;

import dev.storybrief.SharedData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

    static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
