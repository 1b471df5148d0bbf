package dev.storybrief;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds {@code ../shared} beside the repository; tests that need it fail (never skip) when it is missing. */
public final class SharedData {
    private SharedData() {
    }

    /** The shared folder, or an assertion failure naming where it was looked for. */
    public static Path root() {
        String property = System.getProperty("storybrief.shared");
        if (property != null && Files.isDirectory(Path.of(property))) {
            return Path.of(property);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolveSibling("shared");
            if (Files.isDirectory(candidate.resolve("eval-data"))) {
                return candidate;
            }
        }
        throw new AssertionError("../shared (with eval-data/ and examples/) is missing beside the repository; "
                + "the quality tests need it (looked from " + Path.of("").toAbsolutePath() + ")");
    }

    /** The real NATO/Libya example cluster. */
    public static Path natoCluster() {
        Path p = root().resolve("examples/nato-libya-2011");
        if (!Files.isDirectory(p)) {
            throw new AssertionError("missing " + p);
        }
        return p;
    }

    /** The project's bundled example cluster. */
    public static Path bundledExample() {
        String root = System.getProperty("storybrief.root");
        Path base = root != null ? Path.of(root) : Path.of("").toAbsolutePath().getParent();
        return base.resolve("examples/millbrook-bridge");
    }
}
