package dev.storybrief.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The folder a browser's "Save as, web page complete" writes beside the page it saved: the page's scripts, styles,
 * images and embedded frames ("Ferry strikes cargo ship - Courier.html" beside "Ferry strikes cargo ship -
 * Courier_files"; a localised browser writes "-Dateien", "_fichiers", "_archivos", "_arquivos", "_bestanden"). Its
 * HTML files are the frames the page embeds (an advert, a weather widget, a comment box), never articles of their
 * own, and its other files are no article format: reading it as articles would brief an advert beside the story and
 * warn of every script. Told by how it is built: a folder whose name is a saved page's name, in the same folder,
 * followed by "_" or "-" and one word.
 */
public final class SavedPageResources {
    /** The note for the folder, left out as a whole. */
    public static final String NOT_READ = "the resources of the saved page beside it (its scripts, styles and embedded frames),"
            + " not read";
    /** The longest word a browser writes after the page's name ("_bestanden", "-Dateien", "_fichiers"). */
    private static final int SUFFIX_LETTERS = 12;

    private SavedPageResources() {
    }

    /**
     * Whether {@code file}, found under the folder {@code top}, lies in the resources folder of a page saved beside
     * it (at any depth below {@code top}): listed by a command that walks a folder itself, it is no article.
     */
    public static boolean isResource(Path file, Path top) {
        return resourceFolder(file, top).isPresent();
    }

    /** The resources folder below {@code top} that {@code file} lies in (the outermost), if any. */
    public static Optional<Path> resourceFolder(Path file, Path top) {
        Path found = null;
        for (Path folder = file.getParent(); folder != null && !folder.equals(top) && folder.startsWith(top);
                folder = folder.getParent()) {
            if (isResourceFolder(folder)) {
                found = folder;
            }
        }
        return Optional.ofNullable(found);
    }

    /** Whether the folder is the resources folder of a page saved beside it. */
    static boolean isResourceFolder(Path folder) {
        Path parent = folder.toAbsolutePath().getParent();
        if (parent == null) {
            return false;
        }
        try (Stream<Path> siblings = Files.list(parent)) {
            return isResourceFolder(folder.getFileName().toString(), siblings.filter(Files::isRegularFile)
                    .map(p -> p.getFileName().toString()).toList());
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * Whether a folder named {@code name} is the resources folder of a page saved beside it, among the names of the
     * files in the same folder (on disk or in an archive).
     */
    static boolean isResourceFolder(String name, Collection<String> siblingFiles) {
        int cut = Math.max(name.lastIndexOf('_'), name.lastIndexOf('-'));
        if (cut <= 0 || name.length() - cut - 1 > SUFFIX_LETTERS || !name.substring(cut + 1).chars().allMatch(Character::isLetter)) {
            return false;
        }
        String page = name.substring(0, cut);
        return siblingFiles.stream().anyMatch(file -> isPageNamed(file, page));
    }

    private static boolean isPageNamed(String file, String page) {
        String lower = file.toLowerCase(Locale.ROOT);
        for (String ext : new String[] {".html", ".htm", ".xhtml", ".shtml"}) {
            if (lower.endsWith(ext) && file.length() == page.length() + ext.length() && file.startsWith(page)) {
                return true;
            }
        }
        return false;
    }
}
