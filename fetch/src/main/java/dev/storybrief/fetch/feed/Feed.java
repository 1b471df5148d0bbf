package dev.storybrief.fetch.feed;

import java.net.URI;
import java.util.List;

/**
 * A feed or sitemap as read.
 *
 * @param format   what it was
 * @param title    the feed's title, or null (sitemaps have none)
 * @param items    its entries, in document order
 * @param sitemaps for a sitemap index, the sitemaps it lists, most recently changed first; else empty
 * @param problems one line for each thing in it that could not be believed or used (an item without a link, a
 *                 date in the future); the rest of the feed is still read
 */
public record Feed(FeedFormat format, String title, List<FeedItem> items, List<URI> sitemaps, List<String> problems) {

    public Feed {
        items = List.copyOf(items);
        sitemaps = List.copyOf(sitemaps);
        problems = List.copyOf(problems);
    }
}
