package dev.storybrief.server.desk;

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
 * it fails (a dead, paywalled or geo-blocked link) the teaser is stored instead, and the page's failure comes back
 * with it for the caller to log and count against the feed, as every failure is; a link whose host does not resolve
 * is thrown instead, teaser or not, so that the item waits until its feed entry changes. A sitemap's item
 * carries no text, so its page is all there is. A changed entry's newer version is read the same way
 * ({@link #readUpdate}).
 */
final class ItemReader {
    private final WebPages pages;
    private final FeedPoller poller;
    private final Clock clock;

    ItemReader(WebPages pages, FeedPoller poller, Clock clock) {
        this.pages = pages;
        this.poller = poller;
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
            WebPages.Fetched page = pages.fetch("new", listed.item().url(), listed.item());
            return new Read(page.page().finalUri().toString(), credited(page.document(), null), page.page().fetched(),
                    null);
        }
        WebPages.ItemRead read = pages.readItem(carried, listed.item().url());
        if (read.failure() != null && read.failure().failure() == FetchFailure.DNS) {
            // a host that does not resolve, though its feed just did: the item waits for its entry to change (a
            // corrected link), as an item with no text does, rather than being stored for good from the feed's text
            throw read.failure();
        }
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
        String failure = read.problem() == null ? null : listed.feedUrl() + ": " + read.problem();
        RawDocument document = credited(read.document(), cleaned);
        return read.page() != null
                ? new Read(read.page().finalUri().toString(), document, read.page().fetched(), failure)
                : new Read(listed.url(), document, clock.instant(), failure);
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
            return new Read(listed.url(), credited(carried.document(), null), clock.instant(), null);
        }
        WebPages.Fetched page = pages.fetch("updated", listed.item().url(), listed.item());
        return new Read(page.page().finalUri().toString(), credited(page.document(), null), page.page().fetched(),
                null);
    }

    /**
     * An item's article as read.
     *
     * @param url      where it was read: the page's address after redirects, or the item's link when read from the
     *                 feed
     * @param document the article
     * @param fetched  when it was read
     * @param failure  the log line of a page that failed while its feed's teaser stood in for it, or null
     */
    record Read(String url, RawDocument document, Instant fetched, String failure) {
    }
}
