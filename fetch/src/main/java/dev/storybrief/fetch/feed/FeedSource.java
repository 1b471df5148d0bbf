package dev.storybrief.fetch.feed;

import java.net.URI;

/**
 * One feed of a feed list.
 *
 * @param url   the feed's address
 * @param title the name the list gives it, or null
 */
public record FeedSource(URI url, String title) {
}
