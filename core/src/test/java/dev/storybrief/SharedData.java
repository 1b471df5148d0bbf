package dev.storybrief;

import dev.storybrief.util.SharedFolder;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The one place tests of every module find their data: the shared folder beside the repository ({@link SharedFolder})
 * and the repository itself. Shipped in core's test jar, which the other modules' tests depend on.
 */
public final class SharedData {
    private SharedData() {
    }

    /** A path under the shared folder ({@code "examples/..."}, {@code "eval-data/..."}), which must exist. */
    public static Path path(String relative) {
        return SharedFolder.find(relative).orElseThrow(() -> new AssertionError(SharedFolder.missingMessage(relative)));
    }

    /** A path under {@code shared/eval-data}, which must exist. */
    public static Path evalData(String relative) {
        return path("eval-data/" + relative);
    }

    /** The shared folder, which must hold the evaluation data. */
    public static Path root() {
        return evalData("").getParent();
    }

    /** The real NATO/Libya example cluster. */
    public static Path natoCluster() {
        return path("examples/nato-libya-2011");
    }

    /** The repository root: from the build ({@code storybrief.root}), else the parent of the module's folder. */
    public static Path repositoryRoot() {
        String root = System.getProperty("storybrief.root");
        Path base = root != null ? Path.of(root) : Path.of("").toAbsolutePath().getParent();
        if (!Files.isDirectory(base.resolve("examples"))) {
            throw new AssertionError("not the repository root (no examples/ in it): " + base);
        }
        return base;
    }

    /** The project's bundled example cluster. */
    public static Path bundledExample() {
        return repositoryRoot().resolve("examples/millbrook-bridge");
    }
}
