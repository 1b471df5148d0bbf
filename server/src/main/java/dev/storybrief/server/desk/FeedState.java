package dev.storybrief.server.desk;

/**
 * What the desk knows about one feed: the validators for its next conditional request and how polling it went.
 *
 * @param url          the feed's address
 * @param title        its title, or null
 * @param etag         the last {@code ETag}, or null
 * @param lastModified the last {@code Last-Modified}, or null
 * @param polls        requests made
 * @param notModified  requests answered 304
 * @param errors       failures: the feed itself, or an item it listed
 * @param lastError    the last failure's log line, or null
 * @param lastPolled   when it was last polled, or null
 */
public record FeedState(String url, String title, String etag, String lastModified, int polls, int notModified,
                        int errors, String lastError, String lastPolled) {
}
