package dev.storybrief.server.desk;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.storybrief.group.stories.StoryOptions;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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

    /** A clock the test moves. */
    private static final class MovingClock extends Clock {
        private volatile Instant now;

        MovingClock(Instant start) {
            now = start;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void theWatcherPassesOverAFailingPageUntilItsRestIsOver(@TempDir Path dir) throws Exception {
        Map<String, Integer> requests = new ConcurrentHashMap<>();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        String feed = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Kessel Courier</title><link>" + base
                + "/</link><description>News</description><item><title>Harbour wall cracked</title><link>" + base
                + "/wall.html</link><pubDate>Mon, 07 Dec 2026 09:00:00 GMT</pubDate></item></channel></rss>";
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            requests.merge(path, 1, Integer::sum);
            boolean isFeed = path.equals("/feed.xml");
            // no robots.txt (404: everything allowed; a 5xx there would forbid the whole site), the page down
            int status = isFeed ? 200 : path.equals("/robots.txt") ? 404 : 503;
            byte[] body = (isFeed ? feed : "<p>Unavailable</p>").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", isFeed ? "application/rss+xml" : "text/html");
            exchange.sendResponseHeaders(status, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        try {
            Path feeds = Files.writeString(dir.resolve("feeds.txt"), base + "/feed.xml\n");
            MovingClock clock = new MovingClock(Instant.parse("2026-12-07T10:00:00Z"));
            WatchSettings settings = new WatchSettings(feeds, INTERVAL, false, 1000, 120, StoryOptions.defaults(), 1,
                    null, Duration.ofHours(1));
            try (DeskStore store = DeskStore.open(dir.resolve("data"));
                 Watcher watcher = new Watcher(store, dev.storybrief.fetch.PoliteFetcher.create(DeskHarness.testPolicy()),
                         settings, new WatchLog(new PrintStream(new ByteArrayOutputStream(), true,
                                 StandardCharsets.UTF_8), false), clock)) {
                watcher.cycle();
                int first = requests.getOrDefault("/wall.html", 0);
                assertThat(first).as("the page is asked for in the first cycle").isPositive();

                clock.advance(INTERVAL);
                watcher.cycle();
                assertThat(requests.getOrDefault("/wall.html", 0)).as("resting in the next cycle").isEqualTo(first);

                clock.advance(INTERVAL);
                watcher.cycle();
                assertThat(requests.getOrDefault("/wall.html", 0)).as("tried again after its rest")
                        .isGreaterThan(first);
            }
        } finally {
            server.stop(0);
        }
    }
}
