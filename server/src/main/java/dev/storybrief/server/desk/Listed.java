package dev.storybrief.server.desk;

import dev.storybrief.fetch.feed.FeedItem;

/**
 * An item as a feed listed it.
 *
 * @param item    the item
 * @param feedUrl the feed that listed it
 * @param revisit true when the item is stored already and the feed now lists it with another title or date: its
 *                page is fetched again for the newer version
 */
record Listed(FeedItem item, String feedUrl, boolean revisit) {
    Listed(FeedItem item, String feedUrl) {
        this(item, feedUrl, false);
    }

    /** The same item, to be fetched again for its newer version. */
    Listed toRevisit() {
        return new Listed(item, feedUrl, true);
    }

    String url() {
        return item.url().toString();
    }
}
