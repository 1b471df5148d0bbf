package dev.storybrief.eval.rouge;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the project's {@code shared/} folder: the system property {@code storybrief.shared} when set,
 * otherwise the first {@code shared/} folder that is a sibling of the working directory or of one of
 * its ancestors (for a Maven root {@code /work/main} that is {@code /work/shared}).
 */
public final class SharedDataLocator {
    /** System property that names the shared folder explicitly. */
    public static final String PROPERTY = "storybrief.shared";

    private SharedDataLocator() {
    }

    /** Returns the shared folder, or empty when none can be found. */
    public static Optional<Path> findShared() {
        String configured = System.getProperty(PROPERTY);
        if (configured != null && !configured.isBlank()) {
            Path path = Path.of(configured).toAbsolutePath().normalize();
            return Files.isDirectory(path) ? Optional.of(path) : Optional.empty();
        }
        Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath().normalize();
        for (; dir != null && dir.getParent() != null; dir = dir.getParent()) {
            Path sibling = dir.getParent().resolve("shared");
            if (Files.isDirectory(sibling)) {
                return Optional.of(sibling);
            }
        }
        return Optional.empty();
    }

    /**
     * Returns the shared folder.
     *
     * @throws RougeDataMissingException when it cannot be found
     */
    public static Path requireShared() {
        return findShared().orElseThrow(() -> new RougeDataMissingException(missingMessage()));
    }

    /** One line saying why {@link #findShared()} found nothing and how to fix it. */
    public static String missingMessage() {
        String configured = System.getProperty(PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return "shared data folder not found: -D" + PROPERTY + "=" + configured + " is not a directory";
        }
        return "shared data folder not found: no 'shared/' beside " + System.getProperty("user.dir")
                + " or its parents; set -D" + PROPERTY + "=/path/to/shared";
    }

    /**
     * Returns {@code <shared>/eval-data/rouge-vectors}, the folder of the reference scorer's vectors.
     *
     * @throws RougeDataMissingException when it does not exist
     */
    public static Path requireRougeVectors() {
        Path vectors = requireShared().resolve("eval-data").resolve("rouge-vectors");
        if (!Files.isDirectory(vectors)) {
            throw new RougeDataMissingException("ROUGE vectors folder missing: " + vectors);
        }
        return vectors;
    }
}
