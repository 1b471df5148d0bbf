package dev.storybrief.util;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds {@code shared/}, the folder beside the repository that holds the evaluation data ({@code eval-data/}) and
 * the real example clusters ({@code examples/}); they are never copied into the project. The system property
 * {@value #PROPERTY} names it (the build sets it to {@code ../shared}); without the property it is the first
 * {@code shared/} beside the working directory or one of its parents. Used by the evaluation commands and by every
 * module's tests.
 */
public final class SharedFolder {
    /** System property naming the shared folder. */
    public static final String PROPERTY = "storybrief.shared";

    private SharedFolder() {
    }

    /** The shared folder, or empty when the property names no folder or, without it, none is found. */
    public static Optional<Path> find() {
        String configured = System.getProperty(PROPERTY);
        if (configured != null && !configured.isBlank()) {
            Path path = Path.of(configured).toAbsolutePath().normalize();
            return Files.isDirectory(path) ? Optional.of(path) : Optional.empty();
        }
        for (Path dir = Path.of("").toAbsolutePath().normalize(); dir.getParent() != null; dir = dir.getParent()) {
            Path sibling = dir.resolveSibling("shared");
            if (Files.isDirectory(sibling)) {
                return Optional.of(sibling);
            }
        }
        return Optional.empty();
    }

    /** A path under the shared folder, or empty when the folder or the path is missing. */
    public static Optional<Path> find(String relative) {
        return find().map(shared -> shared.resolve(relative)).filter(Files::exists);
    }

    /** One line saying what under the shared folder is missing and where it was looked for. */
    public static String missingMessage(String relative) {
        return "shared data missing: " + relative + " not found: " + lookedFor();
    }

    /** One line saying that the shared folder itself is missing and where it was looked for. */
    public static String missingMessage() {
        return "the shared folder (evaluation data, real examples) is missing: " + lookedFor();
    }

    private static String lookedFor() {
        String configured = System.getProperty(PROPERTY);
        return configured != null && !configured.isBlank()
                ? "-D" + PROPERTY + "=" + configured + " is not a folder"
                : "no shared/ beside " + Path.of("").toAbsolutePath() + " or its parents; name it with -D" + PROPERTY
                        + "=DIR, through JAVA_OPTS for ./storybrief";
    }

    /**
     * A path under the shared folder.
     *
     * @throws IllegalStateException with {@link #missingMessage(String)} when it is missing
     */
    public static Path require(String relative) {
        return find(relative).orElseThrow(() -> new IllegalStateException(missingMessage(relative)));
    }
}
