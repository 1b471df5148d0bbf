package dev.storybrief.spark;

import dev.storybrief.group.stories.ArticleDates;
import dev.storybrief.ingest.MetaKey;
import dev.storybrief.ingest.RawDocument;
import dev.storybrief.ingest.SourceFormat;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * One article as the job ships it between machines: core's {@link RawDocument} holds a {@link Path}, which does not
 * serialize, so the job carries these and makes documents where it needs them.
 *
 * @param key    a key unique in the run (zero-padded number)
 * @param id     the article's own id, shown in the output
 * @param title  title or null
 * @param date   publication date as found (ISO preferred) or null
 * @param outlet outlet or null
 * @param text   the article text, paragraphs separated by blank lines
 * @param source the file (any Hadoop path) it came from
 * @param html   true when the text was extracted from a web page
 */
public record ArticleRecord(String key, String id, String title, String date, String outlet, String text,
                            String source, boolean html) implements Serializable {

    /** This record with a key. */
    public ArticleRecord withKey(long index) {
        // ASCII digits whatever the executor's locale, so that keys sort in index order
        return new ArticleRecord(String.format(Locale.ROOT, "%012d", index), id, title, date, outlet, text, source,
                html);
    }

    /** The publication day, or {@link ArticleDates#UNDATED}. */
    public long day() {
        return ArticleDates.epochDay(date);
    }

    /** The article as a core document named by its key (unique, for grouping). */
    public RawDocument keyed() {
        return document(key);
    }

    /** The article as a core document named by its own id (for briefing and output). */
    public RawDocument document() {
        return document(id);
    }

    private RawDocument document(String name) {
        Map<MetaKey, String> meta = new EnumMap<>(MetaKey.class);
        put(meta, MetaKey.TITLE, title);
        put(meta, MetaKey.OUTLET, outlet);
        if (date != null && !date.isBlank()) {
            meta.put(MetaKey.PUBLISHED, date);
            meta.put(MetaKey.PUBLISHED_ORIGIN, html ? "HTML metadata" : "input field \"date\"");
        }
        return new RawDocument(name, Path.of(source), html ? SourceFormat.HTML : SourceFormat.JSON_LINES, text, meta);
    }

    private static void put(Map<MetaKey, String> meta, MetaKey key, String value) {
        if (value != null && !value.isBlank()) {
            meta.put(key, value.strip());
        }
    }
}
