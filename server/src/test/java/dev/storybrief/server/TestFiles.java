package dev.storybrief.server;

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

    /** The repository root: from the build, else the folder above the one holding {@code examples/}. */
    static Path root() {
        String root = System.getProperty("storybrief.root");
        if (root != null && Files.isDirectory(Path.of(root, "examples"))) {
            return Path.of(root);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("examples/millbrook-bridge"))) {
                return dir;
            }
        }
        throw new AssertionError("cannot find examples/millbrook-bridge above " + Path.of("").toAbsolutePath());
    }

    /** examples/millbrook-bridge. */
    static Path millbrook() {
        return root().resolve("examples/millbrook-bridge");
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
