package dev.storybrief.server.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An item whose page failed in a way that may pass (a time-out, a 503) is tried again after a rest that doubles with
 * each failure, not at every cycle: a site that is down is not asked again and again while it is down.
 */
class RetryBackOffTest {
    private static final Duration INTERVAL = Duration.ofMinutes(10);
    private static final String FEED = "https://wire.example/feed.xml";
    private static final String ITEM = "https://wire.example/news/ferry-fire";

    @Test
    void aFailedItemRestsTwiceAsLongAfterEachFailure(@TempDir Path data) {
        Instant t0 = Instant.parse("2026-12-07T10:00:00Z");
        try (DeskStore store = DeskStore.open(data)) {
            ArticleTable table = store.articles();
            table.itemFailed(ITEM, FEED, "HTTP 503", false, t0);

            // after the first failure: the next cycle passes it over, the one after tries it
            assertThat(table.resting(List.of(ITEM), t0.plus(INTERVAL), INTERVAL)).containsExactly(ITEM);
            assertThat(table.resting(List.of(ITEM), t0.plus(INTERVAL.multipliedBy(2)), INTERVAL)).isEmpty();

            Instant t2 = t0.plus(INTERVAL.multipliedBy(2));
            table.itemFailed(ITEM, FEED, "HTTP 503", false, t2);
            // after the second: three cycles passed over, the fourth tries it
            assertThat(table.resting(List.of(ITEM), t2.plus(INTERVAL.multipliedBy(3)), INTERVAL)).containsExactly(ITEM);
            assertThat(table.resting(List.of(ITEM), t2.plus(INTERVAL.multipliedBy(4)), INTERVAL)).isEmpty();
        }
    }

    @Test
    void anItemRefusedForGoodOrNeverFailedIsNotResting(@TempDir Path data) {
        Instant t0 = Instant.parse("2026-12-07T10:00:00Z");
        try (DeskStore store = DeskStore.open(data)) {
            ArticleTable table = store.articles();
            table.itemFailed(ITEM, FEED, "HTTP 404", true, t0);

            assertThat(table.resting(List.of(ITEM, "https://wire.example/news/other"), t0.plusSeconds(1), INTERVAL))
                    .isEmpty();
        }
    }
}
