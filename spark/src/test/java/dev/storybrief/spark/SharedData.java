package dev.storybrief.spark;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds {@code ../shared/eval-data}; tests that need it fail (never skip) when it is missing. */
final class SharedData {
    private SharedData() {
    }

    static Path evalData(String relative) {
        String property = System.getProperty("storybrief.shared");
        Path shared = null;
        if (property != null && Files.isDirectory(Path.of(property, "eval-data"))) {
            shared = Path.of(property);
        }
        for (Path dir = Path.of("").toAbsolutePath(); shared == null && dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolveSibling("shared").resolve("eval-data"))) {
                shared = dir.resolveSibling("shared");
            }
        }
        if (shared == null) {
            throw new AssertionError("../shared/eval-data is missing beside the repository (storybrief.shared="
                    + property + ")");
        }
        Path p = shared.resolve("eval-data").resolve(relative);
        if (!Files.exists(p)) {
            throw new AssertionError("missing evaluation data " + p);
        }
        return p;
    }
}
