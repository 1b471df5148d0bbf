package dev.storybrief.ingest.feed;

import dev.storybrief.ingest.MetaKey;
import dev.storybrief.ingest.RawDocument;
import java.util.EnumMap;
import java.util.Map;

/**
 * What a feed says about an item, filled into a document wherever the document itself says nothing: the live desk
 * fills a fetched page's gaps with it, and a feed file's items are documents made of it alone.
 *
 * @param title     the item's title, or null
 * @param outlet    the publication (the item's source, else the feed's title), or null
 * @param published the item's publication date as ISO-8601 text, at the offset the feed wrote it with
 *                  ({@link FeedDates}: the outlet's own day kept);
 *                  null when it gives none
 * @param author    the item's author, or null
 */
public record FeedHints(String title, String outlet, String published, String author) {

    /** Where the date came from, as a document's {@link MetaKey#PUBLISHED_ORIGIN}. */
    public static final String ORIGIN = "feed";

    /**
     * The document with these hints wherever its metadata says nothing; a filled outlet is marked as the feed's
     * ({@link MetaKey#OUTLET_ORIGIN}), for the text's own publisher to beat.
     */
    public RawDocument fill(RawDocument doc) {
        Map<MetaKey, String> meta = new EnumMap<>(MetaKey.class);
        meta.putAll(doc.meta());
        putIfAbsent(meta, MetaKey.TITLE, title);
        if (outlet != null && !outlet.isBlank() && !meta.containsKey(MetaKey.OUTLET)) {
            // a feed's title names whoever lists the item, not always who wrote it: the clean stage reads the text's
            // own publisher (a masthead, a signature, a copyright line) before it
            meta.put(MetaKey.OUTLET, outlet.strip());
            meta.put(MetaKey.OUTLET_ORIGIN, ORIGIN);
        }
        putIfAbsent(meta, MetaKey.AUTHOR, author);
        if (published != null && !meta.containsKey(MetaKey.PUBLISHED)) {
            meta.put(MetaKey.PUBLISHED, published);
            meta.put(MetaKey.PUBLISHED_ORIGIN, ORIGIN);
        }
        return new RawDocument(doc.id(), doc.path(), doc.format(), doc.text(), meta);
    }

    private static void putIfAbsent(Map<MetaKey, String> meta, MetaKey key, String value) {
        if (value != null && !value.isBlank()) {
            meta.putIfAbsent(key, value.strip());
        }
    }
}
