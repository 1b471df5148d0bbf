package dev.storybrief.server;

import dev.storybrief.ingest.InputReader;
import dev.storybrief.ingest.SavedPageResources;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The one server folder requests may read articles from ({@code --allow-dir}). A requested path is resolved with
 * every link followed and refused unless it lies inside the folder, so {@code ..} and symbolic links cannot reach
 * anything else.
 */
final class AllowedFolder {
    private final Path root;

    private AllowedFolder(Path root) {
        this.root = root;
    }

    /** The folder, resolved; {@code null} when {@code dir} is {@code null} (server-side paths disabled). */
    static AllowedFolder of(Path dir) {
        if (dir == null) {
            return null;
        }
        try {
            Path real = dir.toRealPath();
            if (!Files.isDirectory(real)) {
                throw new IllegalArgumentException("--allow-dir " + dir + " is not a folder");
            }
            return new AllowedFolder(real);
        } catch (IOException e) {
            throw new IllegalArgumentException("--allow-dir " + dir + " does not exist");
        }
    }

    /** How a path is shown to the client: relative to the allowed folder. */
    String display(Path file) {
        return root.relativize(file).toString();
    }

    /**
     * The article files {@code requested} names: the file itself, or the article files under a folder in name
     * order. At most {@code limit + 1} are returned, so the caller can report "too many" without listing a huge tree.
     */
    List<Path> files(String requested, int limit) {
        Path target = inside(requested);
        if (!Files.isDirectory(target)) {
            return List.of(target);
        }
        List<Path> found = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(target)) {
            for (Path p : (Iterable<Path>) walk.sorted()::iterator) {
                if (isArticleFile(p, target)) {
                    found.add(p.toRealPath());
                    if (found.size() > limit) {
                        break;
                    }
                }
            }
        } catch (IOException | UncheckedIOException e) {
            throw ApiProblem.badRequest("cannot list " + requested + " inside the allowed folder");
        }
        found.removeIf(p -> !p.startsWith(root));
        if (found.isEmpty()) {
            throw ApiProblem.badRequest("folder " + requested + " holds no .txt, .html, .mhtml, .jsonl, .json, .eml,"
                    + " feed, .zip or .warc file");
        }
        return found;
    }

    private Path inside(String requested) {
        Path real;
        try {
            Path given = Path.of(requested);
            real = (given.isAbsolute() ? given : root.resolve(given)).toRealPath();
        } catch (InvalidPathException | IOException e) {
            throw ApiProblem.badRequest("no such file or folder in the allowed folder: " + requested);
        }
        if (!real.startsWith(root)) {
            throw new ApiProblem(403, "path is outside the allowed folder: " + requested);
        }
        return real;
    }

    /** Whether the walk's file is one brief reads in a folder: by its name, and not a saved page's resource. */
    private static boolean isArticleFile(Path p, Path top) {
        // Links are followed here; files() then drops any whose real path leaves the folder.
        return Files.isRegularFile(p) && !p.getFileName().toString().startsWith(".") && InputReader.readsName(p)
                && !SavedPageResources.isResource(p, top);
    }
}
