package dev.storybrief.ingest;

import java.nio.file.Path;
import java.util.Map;

/**
 * A document as read from its source, before cleaning: the text plus whatever metadata the container format
 * carried (HTML meta tags, JSON fields).
 *
 * @param id     file name without extension, or the JSON Lines document id
 * @param path   source file
 * @param format the format it was read as
 * @param text   the text, paragraphs separated by blank lines
 * @param meta   metadata found by the reader, keyed by {@link MetaKey}
 */
public record RawDocument(String id, Path path, SourceFormat format, String text, Map<MetaKey, String> meta) {

    public RawDocument {
        meta = Map.copyOf(meta);
    }

    /** Metadata value or {@code null}. */
    public String meta(MetaKey key) {
        return meta.get(key);
    }
}
