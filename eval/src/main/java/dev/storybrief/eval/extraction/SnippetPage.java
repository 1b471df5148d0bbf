package dev.storybrief.eval.extraction;

import java.nio.file.Path;
import java.util.List;

/**
 * One page of trafilatura's evaluation collection: snippets its main text must and must not contain, and the
 * annotators' metadata (each null or empty when not annotated).
 *
 * @param key      first 16 hex digits of sha1(url): the file name stem
 * @param url      the page's address
 * @param htmlFile the gzipped page
 * @param with     snippets the main text must contain
 * @param without  snippets the main text must not contain
 * @param title    annotated title, or null
 * @param date     annotated publication date (yyyy-MM-dd), or null
 * @param sitename annotated site name, or null
 * @param authors  annotated authors, empty when none
 */
public record SnippetPage(String key, String url, Path htmlFile, List<String> with, List<String> without, String title,
        String date, String sitename, List<String> authors) {

    /** Copies the lists so the page stays immutable. */
    public SnippetPage {
        with = List.copyOf(with);
        without = List.copyOf(without);
        authors = List.copyOf(authors);
    }
}
