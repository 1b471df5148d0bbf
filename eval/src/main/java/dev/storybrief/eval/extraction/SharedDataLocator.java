package dev.storybrief.eval.extraction;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the publishers' evaluation data that lives outside the repository: the folder given by the
 * system property {@code storybrief.shared}, else the first {@code shared/} folder found beside the
 * working directory or one of its parents.
 */
public final class SharedDataLocator {

    /** System property that overrides where {@code shared/} is. */
    public static final String PROPERTY = "storybrief.shared";

    private SharedDataLocator() {
    }

    /** The benchmark folder {@code shared/eval-data/article-extraction}; fails with a clear message if absent. */
    public static Path articleExtractionDir() {
        Path dir = sharedDir().resolve("eval-data").resolve("article-extraction");
        if (!Files.isRegularFile(dir.resolve("ground-truth.json"))) {
            throw new IllegalStateException("article-extraction benchmark missing: expected " + dir
                    + "/ground-truth.json (set -D" + PROPERTY + "=<path to shared>)");
        }
        return dir;
    }

    /** The {@code shared/} folder; fails with a clear message if it cannot be found. */
    public static Path sharedDir() {
        String configured = System.getProperty(PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        for (Path p = dir; p != null; p = p.getParent()) {
            Path candidate = p.resolveSibling("shared");
            if (p.getParent() != null && Files.isDirectory(candidate.resolve("eval-data"))) {
                return candidate.normalize();
            }
            if (Files.isDirectory(p.resolve("shared").resolve("eval-data"))) {
                return p.resolve("shared").normalize();
            }
        }
        throw new IllegalStateException("shared/ data folder not found above " + dir
                + " (set -D" + PROPERTY + "=<path to shared>)");
    }
}
