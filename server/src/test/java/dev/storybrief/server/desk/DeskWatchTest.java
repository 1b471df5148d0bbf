package dev.storybrief.server.desk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.eval.clustering.BCubed;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code watch} over the news simulator, in this JVM: stories, failures, politeness. */
class DeskWatchTest {
    private static final Instant START = Instant.parse("2026-03-01T08:00:00Z");
    private static final LocalDate FIRST_DAY = LocalDate.parse("2026-01-10");

    @TempDir
    Path dir;

    @Test
    void storiesFoundFromEveryFeedFormatMatchTheTrueStories() throws Exception {
        long seed = Long.getLong("storybrief.seed", 14);
        System.out.println("DeskWatchTest seed " + seed + " (-Dstorybrief.seed=N to repeat)");
        List<SimArticle> articles = SyntheticStories.generate(12, 5, seed, FIRST_DAY, START, Duration.ofHours(4));
        NewsSimulator.Style[] styles = NewsSimulator.Style.values();
        try (NewsSimulator news = NewsSimulator.create(START, 6000)) {
            for (int o = 0; o < 5; o++) {
                int outlet = o;
                List<SimArticle> mine = articles.stream().filter(a -> articles.indexOf(a) % 5 == outlet).toList();
                news.outlet("Outlet " + (char) ('A' + o), styles[o], o == 2, mine);
            }
            Path feeds = news.writeOpml(dir, List.of());
            try (DeskHarness desk = new DeskHarness(dir.resolve("data"), feeds, DeskHarness.testPolicy(), null)) {
                desk.watcher.recover();
                int stored = 0;
                for (int hour = 1; hour <= 4; hour++) {
                    news.advanceTo(START.plus(Duration.ofHours(hour)));
                    stored += desk.watcher.cycle().stored();
                }
                BCubed.BCubedScore score = desk.score(news);
                System.out.printf("synthetic feeds: %d articles, B-cubed P %.3f R %.3f F1 %.3f%n", stored,
                        score.precision(), score.recall(), score.f1());
                assertThat(stored).isEqualTo(articles.size());
                assertThat(desk.articles()).extracting(DeskArticle::url).doesNotHaveDuplicates();
                assertThat(score.f1()).isGreaterThanOrEqualTo(0.9);
                assertThat(desk.store.stories().stale()).isEmpty();
                assertThat(desk.log()).isEmpty();
                Set<String> formats = new HashSet<>();
                desk.articles().forEach(a -> formats.add(a.feedUrl().replaceAll(".*/", "")));
                assertThat(formats).contains("rss.xml", "rdf.xml", "atom.xml", "news-sitemap.xml");
            }
        }
    }

    @Test
    void everyFailureIsOneLogLineAndCountsOnItsFeedAndTheLoopGoesOn() throws Exception {
        List<SimArticle> articles = SyntheticStories.generate(2, 3, 3, FIRST_DAY, START, Duration.ofMinutes(1));
        try (NewsSimulator news = NewsSimulator.create(START, 6000)) {
            NewsSimulator.Outlet good = news.outlet("Good News", NewsSimulator.Style.RSS2, false, articles.subList(0, 4));
            NewsSimulator.Outlet traps = news.outlet("Trap Times", NewsSimulator.Style.TRAP, false, articles.subList(4, 6));
            news.advanceTo(START.plus(Duration.ofHours(1)));
            String badFeed = traps.base() + "/bad-feed.xml";
            String noHost = "http://no-such-host.invalid/feed.xml";
            Path feeds = news.writeOpml(dir, List.of(badFeed, noHost));
            try (DeskHarness desk = new DeskHarness(dir.resolve("data"), feeds, DeskHarness.testPolicy(), null)) {
                desk.watcher.recover();
                CycleReport report = desk.watcher.cycle();
                List<String> log = desk.log();
                log.forEach(System.out::println);
                // the good feed's 4 articles, the trap feed's 2 (one dated in the future), the redirect's target once
                assertThat(desk.articles()).hasSize(6);
                assertThat(report.stored()).isEqualTo(6);
                assertThat(log).noneMatch(line -> line.contains("\tat ") || line.contains("Exception"));
                assertThat(log).anyMatch(l -> l.contains("/loop") && l.contains("bad redirect"))
                        .anyMatch(l -> l.contains("/missing.html") && l.contains("HTTP 404"))
                        .anyMatch(l -> l.contains("/error") && l.contains("HTTP 500"))
                        .anyMatch(l -> l.contains("/slow.html") && l.contains("timed out"))
                        .anyMatch(l -> l.contains("/image.html") && l.contains("wrong content type"))
                        .anyMatch(l -> l.contains("/huge.html") && l.contains("too big"))
                        .anyMatch(l -> l.contains("/private/secret.html") && l.contains("robots.txt"))
                        .anyMatch(l -> l.contains("bad-feed.xml") && l.contains("bad feed XML"))
                        .anyMatch(l -> l.contains("no-such-host.invalid") && l.contains("unknown host"))
                        .anyMatch(l -> l.contains("dated in the future"));
                assertThat(traps.requests).noneMatch(r -> r.path().startsWith("/private/"));
                Map<String, FeedState> byUrl = new java.util.HashMap<>();
                desk.store.articles().feeds().forEach(f -> byUrl.put(f.url(), f));
                // 7 failed items (the redirect ends at a stored page) and one feed with a date that cannot be true
                assertThat(byUrl.get(traps.feedUrl()).errors()).isEqualTo(8);
                assertThat(byUrl.get(badFeed).errors()).isEqualTo(1);
                assertThat(byUrl.get(noHost).errors()).isEqualTo(1);
                assertThat(byUrl.get(good.feedUrl()).errors()).isZero();

                // the next poll fetches no failed item that failed for good, and tries the passing failures again
                int before = traps.requests.size();
                desk.watcher.cycle();
                List<String> again = traps.requests.subList(before, traps.requests.size()).stream()
                        .map(NewsSimulator.Request::path).toList();
                assertThat(again).contains("/traps.xml", "/error", "/slow.html")
                        .doesNotContain("/missing.html", "/image.html", "/huge.html", "/loop", "/redirect/1");
            }
        }
    }

    @Test
    void requestsToOneHostKeepTheirDistanceAndUnchangedFeedsCostA304() throws Exception {
        List<SimArticle> articles = SyntheticStories.generate(2, 4, 5, FIRST_DAY, START, Duration.ofMinutes(1));
        try (NewsSimulator news = NewsSimulator.create(START, 6000)) {
            NewsSimulator.Outlet paced = news.outlet("Paced Post", NewsSimulator.Style.RSS2, false, articles.subList(0, 5));
            NewsSimulator.Outlet slowed = news.outlet("Crawl Delay Daily", NewsSimulator.Style.ATOM, false,
                    articles.subList(5, 8));
            slowed.robots = "User-agent: *\nCrawl-delay: 1\n";
            news.advanceTo(START.plus(Duration.ofHours(1)));
            Path feeds = news.writeOpml(dir, List.of());
            Duration delay = Duration.ofMillis(300);
            try (DeskHarness desk = new DeskHarness(dir.resolve("data"), feeds,
                    DeskHarness.testPolicy().withHostDelay(delay), null)) {
                desk.watcher.recover();
                desk.watcher.cycle();
                desk.watcher.cycle();
                assertThat(desk.articles()).hasSize(8);
                assertThat(minimumGapMillis(paced.requests)).isGreaterThanOrEqualTo(delay.toMillis());
                assertThat(minimumGapMillis(slowed.requests)).isGreaterThanOrEqualTo(1000);
                assertThat(paced.requests).allMatch(r -> r.userAgent().startsWith("storybrief/"));
                List<NewsSimulator.Request> feedRequests = paced.requests.stream()
                        .filter(r -> r.path().equals("/rss.xml")).toList();
                assertThat(feedRequests).hasSize(2);
                assertThat(feedRequests.get(0).ifNoneMatch()).isNull();
                assertThat(feedRequests.get(1).ifNoneMatch()).isNotNull();
                assertThat(desk.store.articles().feed(paced.feedUrl()).orElseThrow().notModified()).isEqualTo(1);
                assertThat(paced.requests.stream().filter(r -> r.path().equals("/robots.txt"))).hasSize(1);
            }
        }
    }

    private static long minimumGapMillis(List<NewsSimulator.Request> requests) {
        long min = Long.MAX_VALUE;
        for (int i = 1; i < requests.size(); i++) {
            min = Math.min(min, (requests.get(i).nanos() - requests.get(i - 1).nanos()) / 1_000_000);
        }
        return min;
    }
}
