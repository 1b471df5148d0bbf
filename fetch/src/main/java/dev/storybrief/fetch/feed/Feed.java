package dev.storybrief.fetch.feed;

import dev.storybrief.ingest.feed.FeedDocuments;
import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * A feed or sitemap as read.
 *
 * @param format   what it was
 * @param title    the feed's title, or null (sitemaps have none)
 * @param items    its entries, in document order
 * @param sitemaps for a sitemap index, the sitemaps it lists, most recently changed first; else empty
 * @param problems one line for each thing in it that could not be believed or used (an item without a link, a
 *                 date in the future); the rest of the feed is still read
 * @param carried  for an RSS, RDF or Atom feed, each item's own text as the feed carries it (the whole article or a
 *                 teaser), by the item's link: the desk reads an item as {@code brief} reads a feed, from here when
 *                 it carries its article, and falls back to its teaser when its page fails; empty for a sitemap
 */
public record Feed(FeedFormat format, String title, List<FeedItem> items, List<URI> sitemaps, List<String> problems,
                   Map<URI, FeedDocuments.Item> carried) {

    public Feed {
        items = List.copyOf(items);
        sitemaps = List.copyOf(sitemaps);
        problems = List.copyOf(problems);
        carried = Map.copyOf(carried);
    }

    /** A feed whose items carry no text of their own (a sitemap). */
    public Feed(FeedFormat format, String title, List<FeedItem> items, List<URI> sitemaps, List<String> problems) {
        this(format, title, items, sitemaps, problems, Map.of());
    }
}
