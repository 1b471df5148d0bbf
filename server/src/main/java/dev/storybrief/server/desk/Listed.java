package dev.storybrief.server.desk;

import dev.storybrief.fetch.feed.FeedItem;

/**
 * An item as a feed listed it.
 *
 * @param item    the item
 * @param feedUrl the feed that listed it
 */
record Listed(FeedItem item, String feedUrl) {
    String url() {
        return item.url().toString();
    }
}
