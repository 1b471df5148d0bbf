package dev.storybrief.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
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
final class SavedPageResources {
    /** The note for the folder, left out as a whole. */
    static final String NOT_READ = "the resources of the saved page beside it (its scripts, styles and embedded frames),"
            + " not read";
    /** The longest word a browser writes after the page's name ("_bestanden", "-Dateien", "_fichiers"). */
    private static final int SUFFIX_LETTERS = 12;

    private SavedPageResources() {
    }

    /** Whether the folder is the resources folder of a page saved beside it. */
    static boolean isResourceFolder(Path folder) {
        Path parent = folder.toAbsolutePath().getParent();
        if (parent == null) {
            return false;
        }
        String name = folder.getFileName().toString();
        int cut = Math.max(name.lastIndexOf('_'), name.lastIndexOf('-'));
        if (cut <= 0 || name.length() - cut - 1 > SUFFIX_LETTERS || !name.substring(cut + 1).chars().allMatch(Character::isLetter)) {
            return false;
        }
        String page = name.substring(0, cut);
        try (Stream<Path> siblings = Files.list(parent)) {
            return siblings.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
                    .anyMatch(file -> isPageNamed(file, page));
        } catch (IOException | RuntimeException e) {
            return false;
        }
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
