package dev.storybrief.server.desk;

import dev.storybrief.group.stories.StoryOptions;
import java.nio.file.Path;
import java.time.Duration;

/**
 * How {@code watch} runs.
 *
 * @param feedList      the feed list file (OPML or one URL a line), read again every cycle
 * @param interval      time from the start of one cycle to the start of the next
 * @param once          poll once and stop
 * @param itemsPerFeed  new items taken from one feed per cycle at most (the newest); the rest wait
 * @param words         summary budget of the briefings
 * @param grouping      story grouping options
 * @param briefWorkers  threads that brief
 * @param spool         folder of the JSON Lines spool, or null for none
 * @param spoolPeriod   time each spool file covers
 */
public record WatchSettings(Path feedList, Duration interval, boolean once, int itemsPerFeed, int words,
                            StoryOptions grouping, int briefWorkers, Path spool, Duration spoolPeriod) {

    public WatchSettings {
        if (interval.isNegative() || itemsPerFeed < 1 || words < 1 || briefWorkers < 1 || spoolPeriod.isNegative()
                || spoolPeriod.isZero()) {
            throw new IllegalArgumentException("interval, items per feed, words, workers and spool period must be positive");
        }
    }
}
