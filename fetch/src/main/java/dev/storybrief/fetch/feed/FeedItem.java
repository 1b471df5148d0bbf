package dev.storybrief.fetch.feed;

import java.net.URI;
import java.time.Instant;

/**
 * One entry of a feed or sitemap: where the article is, and what the feed says about it (fallbacks for what the
 * page itself does not say).
 *
 * @param url       the article's address
 * @param title     the entry's title, or null
 * @param published the entry's publication time, or null when it gives none (or one that cannot be true)
 * @param outlet    the publication: the feed's title, or a news sitemap's publication name; null when unknown
 */
public record FeedItem(URI url, String title, Instant published, String outlet) {
}
