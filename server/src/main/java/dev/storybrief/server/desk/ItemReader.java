package dev.storybrief.server.desk;

import dev.storybrief.Storybrief;
import dev.storybrief.model.Article;
import dev.storybrief.clean.ArticleCleaner;
import dev.storybrief.fetch.FetchException;
import dev.storybrief.fetch.FetchFailure;
import dev.storybrief.fetch.WebPages;
import dev.storybrief.ingest.MetaKey;
import dev.storybrief.ingest.RawDocument;
import dev.storybrief.ingest.feed.FeedDocuments;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/**
 * Reads a listed item the way {@code brief} reads a feed's item ({@link WebPages#readItem}, the same code): an item
 * whose feed carries the whole article is stored from the feed without a fetch; a teaser's page is fetched, and when
 * it fails in any way (a dead host, a refused connection, a time-out, 404 or 500, a robots.txt refusal, a paywall)
 * the text the feed gives the item is read instead when {@code brief} would brief it (a sentence of article prose
 * after cleaning, {@link dev.storybrief.model.AnalyzedArticle#hasProse}), and the page's failure comes back with
 * it, so that the caller marks the article as read from its feed and tries the page again later
 * ({@link #readPage}). An item with no text beyond its title has nothing to stand in for its page: its page's
 * failure is thrown. A sitemap's item carries no text, so its page is all there is. A changed entry's newer version
 * is read the same way ({@link #readUpdate}).
 */
final class ItemReader {
    private final WebPages pages;
    private final FeedPoller poller;
    private final Storybrief storybrief;
    private final Clock clock;

    ItemReader(WebPages pages, FeedPoller poller, Storybrief storybrief, Clock clock) {
        this.pages = pages;
        this.poller = poller;
        this.storybrief = storybrief;
        this.clock = clock;
    }

    /**
     * The item's article.
     *
     * @throws FetchException when neither its page nor its feed gave an article (the page's own failure when it was
     *                        fetched)
     */
    Read read(Listed listed) throws FetchException, InterruptedException {
        FeedDocuments.Item carried = poller.carried(listed);
        if (carried == null) {
            return readPage(listed);
        }
        WebPages.ItemRead read = pages.readItem(carried, listed.item().url());
        if (read.document() == null) {
            throw read.failure() != null ? read.failure()
                    : new FetchException(FetchFailure.NOT_AN_ARTICLE, listed.item().url(), read.problem());
        }
        Article cleaned = read.page() == null ? new ArticleCleaner().clean(read.document()) : null;
        if (cleaned != null && cleaned.paragraphs().isEmpty()) {
            // the feed's text of the item is all boilerplate ("Share", half a tag): no article, as brief skips it, and
            // not a story of its own; with a failed page it is the page's failure, tried again as one is
            throw read.failure() != null ? read.failure() : new FetchException(FetchFailure.NOT_AN_ARTICLE,
                    listed.item().url(), "nothing left after removing boilerplate from the text the feed gives it");
        }
        if (read.failure() != null && !storybrief.annotate(read.document()).hasProse()) {
            // standing in for a failed page, the feed's text must be an article as brief reads one, a sentence of
            // prose at least: a teaser cut off mid-sentence ("has charged Brightwater…") is skipped by brief, and
            // stored it would be a story of its own that cannot be briefed; it is its page's failure
            throw read.failure();
        }
        RawDocument document = credited(read.document(), cleaned);
        return read.page() != null
                ? new Read(read.page().finalUri().toString(), document, read.page().fetched(), true, null)
                : new Read(listed.url(), document, clock.instant(), false, read.failure());
    }

    /**
     * The item's page alone: for an item whose feed carries no text of it (a sitemap's), and for one stored from its
     * feed's text because its page failed, fetched again to replace that text.
     *
     * @throws FetchException when the page fails again
     */
    Read readPage(Listed listed) throws FetchException, InterruptedException {
        WebPages.Fetched page = pages.fetch("new", listed.item().url(), listed.item());
        return new Read(page.page().finalUri().toString(), credited(page.document(), null), page.page().fetched(), true,
                null);
    }

    /**
     * The document with the outlet its briefing credits in place of one a feed only hinted
     * ({@link MetaKey#OUTLET_ORIGIN}): the store keeps an article's outlet, not where it came from, and a feed that
     * lists other papers' texts under its own title must not have them stored as its own. {@code cleaned} is the
     * document's cleaning when one was made already, else null.
     */
    private static RawDocument credited(RawDocument doc, Article cleaned) {
        if (doc.meta(MetaKey.OUTLET_ORIGIN) == null) {
            return doc;
        }
        String outlet = (cleaned != null ? cleaned : new ArticleCleaner().clean(doc)).outlet();
        Map<MetaKey, String> meta = new EnumMap<>(MetaKey.class);
        meta.putAll(doc.meta());
        meta.remove(MetaKey.OUTLET_ORIGIN);
        if (outlet != null) {
            meta.put(MetaKey.OUTLET, outlet);
        }
        return new RawDocument(doc.id(), doc.path(), doc.format(), doc.text(), meta);
    }

    /**
     * The newer version of a stored item whose feed entry changed (a new title, a correction): from the feed itself
     * when the feed carries the whole article, as the item was first read, so that a dead or moved link never hides an
     * update the feed gives; fetched from its page when the feed carries only a teaser (or nothing, a sitemap). Never
     * the teaser in place of a page: a stored article is only replaced by a whole one.
     *
     * @throws FetchException when the page failed, or the feed's entry has no text beyond its title
     */
    Read readUpdate(Listed listed) throws FetchException, InterruptedException {
        FeedDocuments.Item carried = poller.carried(listed);
        if (carried != null && !carried.teaser()) {
            if (carried.document() == null) {
                throw new FetchException(FetchFailure.NOT_AN_ARTICLE, listed.item().url(),
                        carried.label() + " has no text beyond its title");
            }
            return new Read(listed.url(), credited(carried.document(), null), clock.instant(), false, null);
        }
        WebPages.Fetched page = pages.fetch("updated", listed.item().url(), listed.item());
        return new Read(page.page().finalUri().toString(), credited(page.document(), null), page.page().fetched(), true,
                null);
    }

    /**
     * An item's article as read.
     *
     * @param url      where it was read: the page's address after redirects, or the item's link when read from the
     *                 feed
     * @param document the article
     * @param fetched  when it was read
     * @param fromPage true when read from the item's page, false when from the text its feed gives it
     * @param pageFailure why its page failed when the text its feed gives it stood in for the page, else null
     */
    record Read(String url, RawDocument document, Instant fetched, boolean fromPage, FetchException pageFailure) {

        /** True when the article is the text the feed gives the item, read because its page failed. */
        boolean fromFeed() {
            return pageFailure != null;
        }
    }
}
