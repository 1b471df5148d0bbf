package dev.storybrief.server.desk;

import java.time.Duration;
import java.util.Locale;

/**
 * What one polling cycle did.
 *
 * @param cycle          its number in this run, from 1
 * @param feeds          feeds in the list
 * @param listed         items the feeds listed (sitemaps included)
 * @param fetched        new items fetched
 * @param stored         new articles stored
 * @param failures       items that failed
 * @param storiesChanged stories that took articles
 * @param briefed        stories briefed again
 * @param took           how long it took
 * @param revised        stored articles replaced by a newer version (the feed changed the item's title or dates)
 * @param grouping       how much of {@code took} went to grouping the stories and storing where the articles went
 * @param readFromFeeds  what the cycle read from its feeds' text because pages failed, and how the pages tried again
 *                       went ({@link FeedTextTally#said}); empty when nothing
 */
public record CycleReport(int cycle, int feeds, int listed, int fetched, int stored, int failures, int storiesChanged,
                          int briefed, Duration took, int revised,
                          Duration grouping, String readFromFeeds) {

    /** The progress line. */
    public String line() {
        return String.format(Locale.ROOT, "cycle %d: %d feeds polled, %d new articles, %s%s%d stories changed, %d briefed, "
                + "%d failed items (%.1f s, grouping %.1f s)", cycle, feeds, stored,
                readFromFeeds.isEmpty() ? "" : readFromFeeds + ", ", revised == 0 ? "" : revised + " updated, ",
                storiesChanged, briefed, failures, took.toMillis() / 1000.0, grouping.toMillis() / 1000.0);
    }
}
