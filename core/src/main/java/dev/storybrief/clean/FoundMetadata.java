package dev.storybrief.clean;

import dev.storybrief.ingest.MetaKey;
import dev.storybrief.ingest.RawDocument;
import dev.storybrief.model.Article;
import java.util.EnumMap;
import java.util.Map;

/**
 * A document's outlet, publication date and headline as the clean stage finds them, written back into its metadata: what a
 * briefing shows for an article, for the stages that read documents before cleaning (the story grouper, the stories
 * listing). A text file or a page without metadata states them in its text (a dateline "KELLPORT (Baltic Wire) -
 * March 3, 2026 -", a "Published on" line, a byline, a copyright line), which only the cleaner reads; a JSON field's
 * outlet name becomes the listed outlet's own, as in the briefing. The cleaner's update stamps (an upper bound) are no
 * publication date and stay out.
 */
public final class FoundMetadata {
    private final ArticleCleaner cleaner;

    /** Finds metadata with this cleaner (the one that cleans the articles for their briefing). */
    public FoundMetadata(ArticleCleaner cleaner) {
        this.cleaner = cleaner;
    }

    /** The document with its found metadata and as the grouper should read it, from one cleaning. */
    public FoundDocument find(RawDocument doc) {
        Article article = cleaner.clean(doc);
        RawDocument filled = fill(doc, article);
        return new FoundDocument(filled, forGrouping(filled, article), cleansAlike(doc, filled, article) ? article : null);
    }

    /**
     * Whether cleaning {@code filled} gives {@code article}, the cleaning of {@code doc} it was filled from, so that a
     * briefing of {@code filled} may take {@code article} instead of cleaning it again. The two share their text, id,
     * path and format; {@link ArticleCleaner#clean} reads their metadata only for the title, the outlet, the author, the
     * publication date and its origin, the update stamp, the address and the schema type and section. {@link #fill}
     * changes three of these, and each gives the same article when:
     * <ul>
     *   <li>the outlet: the filled name is the publisher the cleaner makes of it as a page's outlet (a listed name or
     *       a host name is made its listed outlet's), since the found publisher, or the wire taken as its own publisher,
     *       is then the page's and the dateline's wire, equal to it, is no reprint, as before;</li>
     *   <li>the date: the filled ISO date reads back as the found one, its origin is the found origin, and the date
     *       string a live blog reads its opening time from has the same time of day (or none) as before;</li>
     *   <li>the found headline goes under {@link MetaKey#HEADLINE}, which the cleaner never reads (it reads
     *       {@link MetaKey#TITLE}, left as it was).</li>
     * </ul>
     * Any other difference, or an outlet or date the cleaner would read otherwise, is "not certain".
     */
    static boolean cleansAlike(RawDocument doc, RawDocument filled, Article article) {
        if (filled == doc || filled.meta().equals(doc.meta())) {
            return true;
        }
        java.util.Set<MetaKey> changed = java.util.EnumSet.noneOf(MetaKey.class);
        for (MetaKey key : MetaKey.values()) {
            if (!java.util.Objects.equals(doc.meta(key), filled.meta(key))) {
                changed.add(key);
            }
        }
        if (!java.util.Set.of(MetaKey.OUTLET, MetaKey.HEADLINE, MetaKey.PUBLISHED, MetaKey.PUBLISHED_ORIGIN)
                .containsAll(changed)) {
            return false;
        }
        if (changed.contains(MetaKey.OUTLET) && !ArticleCleaner.pageOutlet(article.outlet()).equals(article.outlet())) {
            return false;
        }
        if (changed.contains(MetaKey.PUBLISHED) || changed.contains(MetaKey.PUBLISHED_ORIGIN)) {
            String before = doc.meta(MetaKey.PUBLISHED);
            String after = filled.meta(MetaKey.PUBLISHED);
            return article.published() != null && article.published().equals(LooseDate.stated(after).orElse(null))
                    && java.util.Objects.equals(article.dateOrigin(), filled.meta(MetaKey.PUBLISHED_ORIGIN))
                    && java.util.Objects.equals(before == null ? null : LiveBlogs.timeOfDay(before),
                    LiveBlogs.timeOfDay(after));
        }
        return true;
    }

    /** The document with the outlet and date its briefing would show; itself when it gains nothing. */
    private static RawDocument fill(RawDocument doc, Article article) {
        Map<MetaKey, String> meta = metaOf(doc);
        if (article.outlet() != null) {
            meta.put(MetaKey.OUTLET, article.outlet());
        }
        if (doc.meta(MetaKey.TITLE) == null && article.title() != null) {
            meta.put(MetaKey.HEADLINE, article.title());
        }
        if (article.published() != null && LooseDate.stated(doc.meta(MetaKey.PUBLISHED)).isEmpty()) {
            meta.put(MetaKey.PUBLISHED, article.published().toString());
            if (article.dateOrigin() != null) {
                meta.put(MetaKey.PUBLISHED_ORIGIN, article.dateOrigin());
            }
        }
        return meta.equals(doc.meta()) ? doc : new RawDocument(doc.id(), doc.path(), doc.format(), doc.text(), meta);
    }

    /**
     * The document as the story grouper should read it: the text its briefing reads, paragraphs apart, under the
     * headline the cleaner found. A page copied from a browser carries the site's menus, cookie notices, share bars
     * and comments, the same words on pages of every story, while its headline, a line among them, names the story.
     * Itself when cleaning leaves nothing, so no article is lost to the grouping.
     */
    private static RawDocument forGrouping(RawDocument doc, Article article) {
        String text = String.join("\n\n", article.paragraphs());
        if (text.isBlank()) {
            return doc;
        }
        Map<MetaKey, String> meta = metaOf(doc);
        if (article.title() != null) {
            meta.putIfAbsent(MetaKey.TITLE, article.title());
        }
        if (article.kind() != dev.storybrief.model.ArticleKind.NEWS) {
            // a page that is no article is kept apart by the grouper, as a page template is
            meta.put(MetaKey.KIND, article.kind().key());
        }
        return new RawDocument(doc.id(), doc.path(), doc.format(), text, meta);
    }

    private static Map<MetaKey, String> metaOf(RawDocument doc) {
        // EnumMap's copy constructor refuses an empty map that is not an EnumMap
        Map<MetaKey, String> meta = new EnumMap<>(MetaKey.class);
        meta.putAll(doc.meta());
        return meta;
    }
}
