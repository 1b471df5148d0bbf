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
 * @param lastError    the log line of the last failure since the feed's last good poll, or null
 * @param lastErrorAt  when that failure happened, or null (none, or recorded before the time was kept)
 * @param lastPolled   when it was last polled, or null
 */
public record FeedState(String url, String title, String etag, String lastModified, int polls, int notModified,
                        int errors, String lastError, String lastErrorAt, String lastPolled) {
}
