package dev.storybrief.ingest;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The input formats storybrief reads, recognised by file name; a feed is also recognised by its content, whatever
 * its name ({@link dev.storybrief.ingest.feed.Syndication#isFeed}).
 */
public enum SourceFormat {
    TEXT, HTML, JSON_LINES,
    /** An RSS, RDF or Atom feed, each item one document. */
    FEED;

    /** The format of a file by its extension, or empty when the file is not an input storybrief reads. */
    public static Optional<SourceFormat> of(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".gz") && !name.endsWith(".warc.gz")) {
            // a gzipped file is read as what it holds (the reader undoes gzip): "news.jsonl.gz" is JSON Lines
            name = name.substring(0, name.length() - ".gz".length());
        }
        // Markdown is text with markup, which the clean stage removes
        if (name.endsWith(".txt") || name.endsWith(".text") || name.endsWith(".md") || name.endsWith(".markdown")) {
            return Optional.of(TEXT);
        }
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            return Optional.of(HTML);
        }
        // a .json export (an array of articles, NewsAPI's answer, one article a file) is read by the same reader
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json")) {
            return Optional.of(JSON_LINES);
        }
        if (name.endsWith(".rss") || name.endsWith(".atom") || name.endsWith(".rdf") || name.endsWith(".xml")) {
            return Optional.of(FEED);
        }
        return Optional.empty();
    }

    /** The id of a file: its name without the format's extension(s), and without ".gz". */
    public static String idOf(Path path) {
        String name = path.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".gz") && lower.length() > ".gz".length()) {
            name = name.substring(0, name.length() - ".gz".length());
            lower = lower.substring(0, lower.length() - ".gz".length());
        }
        for (String ext : new String[]{".mhtml", ".mht", ".html", ".htm", ".txt", ".text", ".markdown", ".md", ".jsonl", ".ndjson", ".json", ".rss",
            ".atom", ".rdf", ".xml", ".eml"}) {
            if (lower.endsWith(ext)) {
                return name.substring(0, name.length() - ext.length());
            }
        }
        return name;
    }
}
