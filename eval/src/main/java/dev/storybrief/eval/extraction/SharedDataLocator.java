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
    public static final String PROPERTY = dev.storybrief.eval.rouge.SharedDataLocator.PROPERTY;

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

    /**
     * The {@code shared/} folder, found the same way the ROUGE data is found
     * ({@link dev.storybrief.eval.rouge.SharedDataLocator#findShared()}); fails with a clear message if absent.
     */
    public static Path sharedDir() {
        return dev.storybrief.eval.rouge.SharedDataLocator.findShared().orElseThrow(() ->
                new IllegalStateException(dev.storybrief.eval.rouge.SharedDataLocator.missingMessage()));
    }
}
