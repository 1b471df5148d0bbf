package dev.storybrief.server.desk;

import dev.storybrief.ingest.MetaKey;
import dev.storybrief.ingest.RawDocument;
import dev.storybrief.ingest.SourceFormat;
import java.util.EnumMap;
import java.util.Map;

/**
 * An article the desk stored: where it came from, what the page said, and the story it joined.
 *
 * @param seq             its place in the order articles were stored (and grouped) in
 * @param id              {@code a<seq>}, the id briefings name it by
 * @param url             the page's address after redirects; unique in the store
 * @param feedUrl         the feed that listed it
 * @param title           headline, or null
 * @param outlet          publication name, or null
 * @param author          author(s), or null
 * @param published       publication date as found (ISO date or date-time), or null
 * @param publishedOrigin where the date came from (HTML metadata, feed), or null
 * @param fetched         when it was fetched, UTC time stamp
 * @param text            the article text, paragraphs separated by blank lines
 * @param storyId         the story it belongs to, or null until grouped
 * @param copyOf          the id of the article it is a near-copy of, or null
 * @param revised         when a newer version of the page replaced the text first stored (UTC time stamp), or null
 */
public record DeskArticle(long seq, String id, String url, String feedUrl, String title, String outlet, String author,
                          String published, String publishedOrigin, String fetched, String text, String storyId,
                          String copyOf, String revised) {

    /** The id of the article stored {@code seq}-th. */
    public static String idOf(long seq) {
        return "a" + seq;
    }

    /** The article as the pipeline reads it. */
    public RawDocument document() {
        Map<MetaKey, String> meta = new EnumMap<>(MetaKey.class);
        put(meta, MetaKey.TITLE, title);
        put(meta, MetaKey.OUTLET, outlet);
        put(meta, MetaKey.AUTHOR, author);
        put(meta, MetaKey.PUBLISHED, published);
        put(meta, MetaKey.PUBLISHED_ORIGIN, publishedOrigin);
        put(meta, MetaKey.URL, url);
        return new RawDocument(id, null, SourceFormat.HTML, text, meta);
    }

    private static void put(Map<MetaKey, String> meta, MetaKey key, String value) {
        if (value != null) {
            meta.put(key, value);
        }
    }
}
