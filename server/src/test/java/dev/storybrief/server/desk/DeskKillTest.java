package dev.storybrief.server.desk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import dev.storybrief.group.stories.StoryClusterer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code watch} in a child JVM, killed with {@code kill -9} at seeded random moments while items keep appearing, then
 * restarted on the same data: nothing stored is lost, nothing is stored or spooled twice, pages stored before a kill
 * are not fetched again, and the stories found at the end match the true ones.
 */
class DeskKillTest {
    private static final Instant START = Instant.parse("2026-03-01T08:00:00Z");
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Simulated hours over which items appear; one passes every half second of the test. */
    private static final int HOURS = 60;

    @TempDir
    Path dir;

    @Test
    void killedAndRestartedLosesAndDuplicatesNothing() throws Exception {
        long seed = Long.getLong("storybrief.seed", 9);
        System.out.println("DeskKillTest seed " + seed + " (-Dstorybrief.seed=N to repeat)");
        Random random = new Random(seed);
        List<SimArticle> articles = SyntheticStories.generate(30, 4, seed, LocalDate.parse("2026-01-05"), START,
                Duration.ofHours(HOURS));
        NewsSimulator.Style[] styles = {NewsSimulator.Style.RSS2, NewsSimulator.Style.ATOM, NewsSimulator.Style.RDF,
            NewsSimulator.Style.NEWS_SITEMAP};
        Path data = dir.resolve("data");
        Path spool = dir.resolve("spool");
        try (NewsSimulator news = NewsSimulator.create(START, 100)) {
            for (int o = 0; o < styles.length; o++) {
                int outlet = o;
                news.outlet("Outlet " + o, styles[o], o == 1,
                        articles.stream().filter(a -> articles.indexOf(a) % styles.length == outlet).toList());
            }
            Path feeds = news.writeOpml(dir, List.of());
            Set<String> stored = new HashSet<>();
            int hour = 0;
            for (int round = 0; round < 4; round++) {
                long restarted = System.nanoTime();
                Process child = start(feeds, data, spool, false);
                long killAt = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(4000 + random.nextInt(8000));
                while (System.nanoTime() < killAt) {
                    news.advanceTo(START.plus(Duration.ofHours(Math.min(HOURS, ++hour))));
                    Thread.sleep(500);
                }
                child.destroyForcibly();
                assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
                List<String> now = storedUrls(data);
                System.out.println("round " + round + ": killed with " + now.size() + " articles stored");
                assertThat(now).doesNotHaveDuplicates().containsAll(stored);
                assertNotFetchedAfter(news, stored, restarted);
                stored.addAll(now);
            }
            news.advanceTo(START.plus(Duration.ofHours(HOURS + 1)));
            long lastStart = System.nanoTime();
            Process last = start(feeds, data, spool, true);
            assertThat(last.waitFor(240, TimeUnit.SECONDS)).as("watch --once finished").isTrue();
            assertThat(last.exitValue()).isZero();
            assertNotFetchedAfter(news, stored, lastStart);

            try (DeskHarness desk = new DeskHarness(data, feeds, DeskHarness.testPolicy(), null)) {
                List<DeskArticle> all = desk.articles();
                assertThat(all).extracting(DeskArticle::url).doesNotHaveDuplicates()
                        .containsExactlyInAnyOrderElementsOf(news.articlesByUrl().keySet());
                assertThat(all).allMatch(a -> a.storyId() != null);
                assertThat(desk.store.stories().stale()).isEmpty();
                double f1 = desk.score(news).f1();
                System.out.printf("after 4 kills: %d articles, B-cubed F1 %.3f%n", all.size(), f1);
                assertThat(partition(all)).as("stories as one uninterrupted run in the stored order finds them")
                        .isEqualTo(uninterrupted(all));
                assertThat(f1).isGreaterThanOrEqualTo(0.85);
                assertThat(spooledSeqs(spool)).containsExactlyElementsOf(all.stream().map(DeskArticle::seq).toList());
            }
        }
    }

    private static Set<Set<String>> partition(List<DeskArticle> articles) {
        Map<String, Set<String>> stories = new HashMap<>();
        articles.forEach(a -> stories.computeIfAbsent(a.storyId(), k -> new HashSet<>()).add(a.id()));
        return new HashSet<>(stories.values());
    }

    private static Set<Set<String>> uninterrupted(List<DeskArticle> articles) {
        StoryClusterer clusterer = new StoryClusterer();
        articles.forEach(a -> clusterer.add(a.document()));
        Set<Set<String>> out = new HashSet<>();
        clusterer.stories().forEach(story -> out.add(new HashSet<>(story.allIds())));
        return out;
    }

    private static Process start(Path feeds, Path data, Path spool, boolean once) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                WatchCommand.class.getName(), "--feeds", feeds.toString(), "--data", data.toString(),
                "--allow-private", "--delay", "0", "--interval", "0.3", "--spool", spool.toString(), "--workers", "1"));
        if (once) {
            command.add("--once");
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        Thread drain = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    System.out.println("[watch] " + line);
                }
            } catch (IOException ignored) {
                // the child is gone
            }
        }, "watch-output");
        drain.setDaemon(true);
        drain.start();
        return process;
    }

    private static List<String> storedUrls(Path data) {
        try (DeskStore store = DeskStore.open(data)) {
            List<String> urls = new ArrayList<>();
            store.articles().forEach(0, a -> urls.add(a.url()));
            return urls;
        }
    }

    /** No page stored before {@code since} was requested again after it. */
    private static void assertNotFetchedAfter(NewsSimulator news, Set<String> stored, long since) {
        Map<String, String> pathOf = new HashMap<>();
        stored.forEach(url -> pathOf.put(url.replaceFirst("^http://[^/]+", ""), url));
        for (NewsSimulator.Outlet outlet : news.outlets()) {
            for (NewsSimulator.Request r : outlet.requests) {
                String url = outlet.base() + r.path();
                assertThat(r.nanos() > since && stored.contains(url)).as("%s fetched again after a restart", url).isFalse();
            }
        }
    }

    private static List<Long> spooledSeqs(Path spool) throws IOException {
        List<Long> seqs = new ArrayList<>();
        try (Stream<Path> files = Files.list(spool)) {
            for (Path file : files.sorted().toList()) {
                for (String line : Files.readAllLines(file)) {
                    JsonNode node = JSON.readTree(line);
                    assertThat(node.hasNonNull("id") && node.hasNonNull("text")).isTrue();
                    seqs.add(node.get("seq").asLong());
                }
            }
        }
        seqs.sort(null);
        return seqs;
    }
}
