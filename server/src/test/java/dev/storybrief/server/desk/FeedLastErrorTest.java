package dev.storybrief.server.desk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.fetch.Validators;
import dev.storybrief.server.BriefStore;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A feed's last error is what went wrong since it last answered well, with the time it went wrong: a feed that failed
 * and answers again shows no error (its count keeps it), and an error shown can be told from an old one.
 */
class FeedLastErrorTest {
    private static final String FEED = "https://wire.example/feed.xml";

    @TempDir
    Path data;

    @Test
    void aGoodPollClearsTheLastErrorAndAnErrorSaysWhenItHappened() {
        Instant down = Instant.parse("2026-05-04T08:00:00Z");
        try (DeskStore store = DeskStore.open(data)) {
            ArticleTable feeds = store.articles();
            feeds.feedFailed(FEED, FEED + ": HTTP error (HTTP 404)", true, down);
            FeedState failed = feeds.feed(FEED).orElseThrow();
            assertThat(failed.lastError()).contains("HTTP 404");
            assertThat(failed.lastErrorAt()).isEqualTo(BriefStore.timestamp(down));

            Instant back = down.plusSeconds(600);
            feeds.feedPolled(FEED, "Wire", new Validators("\"a\"", null), false, back);
            FeedState answered = feeds.feed(FEED).orElseThrow();
            assertThat(answered.lastError()).as("the 404 is over once the feed answers").isNull();
            assertThat(answered.lastErrorAt()).isNull();
            assertThat(answered.errors()).as("the count keeps every failure").isEqualTo(1);
            assertThat(answered.lastPolled()).isEqualTo(BriefStore.timestamp(back));

            // an item of that poll failing afterwards is this poll's error, kept with its own time (no poll counted)
            Instant item = back.plusSeconds(5);
            feeds.feedFailed(FEED, "https://wire.example/a: HTTP error (HTTP 410)", false, item);
            FeedState itemFailed = feeds.feed(FEED).orElseThrow();
            assertThat(itemFailed.lastError()).contains("HTTP 410");
            assertThat(itemFailed.lastErrorAt()).isEqualTo(BriefStore.timestamp(item));
            assertThat(itemFailed.lastPolled()).isEqualTo(BriefStore.timestamp(back));
            assertThat(itemFailed.errors()).isEqualTo(2);
            assertThat(itemFailed.polls()).isEqualTo(2);

            // a 304 is a good answer too
            feeds.feedPolled(FEED, null, new Validators("\"a\"", null), true, item.plusSeconds(600));
            assertThat(feeds.feed(FEED).orElseThrow().lastError()).isNull();
        }
    }

    /** A data folder made before the error's time was kept opens, its old error shown without a time. */
    @Test
    void aStoreMadeBeforeTheErrorsTimeOpensWithItsOldError() throws Exception {
        java.nio.file.Files.createDirectories(data);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve(BriefStore.FILE_NAME));
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE feeds (url TEXT PRIMARY KEY, title TEXT, etag TEXT, last_modified TEXT, "
                    + "polls INTEGER NOT NULL DEFAULT 0, not_modified INTEGER NOT NULL DEFAULT 0, "
                    + "errors INTEGER NOT NULL DEFAULT 0, last_error TEXT, last_polled TEXT)");
            s.execute("INSERT INTO feeds (url, polls, errors, last_error) VALUES ('" + FEED + "', 1, 1, 'HTTP 503')");
        }
        try (DeskStore store = DeskStore.open(data)) {
            FeedState old = store.articles().feed(FEED).orElseThrow();
            assertThat(old.lastError()).isEqualTo("HTTP 503");
            assertThat(old.lastErrorAt()).isNull();
            Instant later = Instant.parse("2026-05-04T09:00:00Z");
            store.articles().feedFailed(FEED, "HTTP 502", true, later);
            assertThat(store.articles().feed(FEED).orElseThrow().lastErrorAt()).isEqualTo(BriefStore.timestamp(later));
        }
    }
}
