package dev.storybrief.server.desk;

import dev.storybrief.eval.clustering.BCubed;
import dev.storybrief.fetch.FetchPolicy;
import dev.storybrief.fetch.PoliteFetcher;
import dev.storybrief.group.stories.StoryOptions;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A desk in this JVM over a simulator: its store, a watcher with test-sized limits, and what it logged. */
final class DeskHarness implements AutoCloseable {
    final DeskStore store;
    final Watcher watcher;
    private final ByteArrayOutputStream logged = new ByteArrayOutputStream();

    DeskHarness(Path data, Path feeds, FetchPolicy policy, Path spool) {
        this.store = DeskStore.open(data);
        WatchSettings settings = new WatchSettings(feeds, Duration.ZERO, true, 1000, 120, StoryOptions.defaults(), 2,
                spool, Duration.ofHours(1));
        this.watcher = new Watcher(store, PoliteFetcher.create(policy), settings,
                new WatchLog(new PrintStream(logged, true, StandardCharsets.UTF_8), false), Clock.systemUTC());
    }

    /** Private addresses allowed (the simulator is on 127.0.0.1), no pause between requests, short time limits. */
    static FetchPolicy testPolicy() {
        return FetchPolicy.defaults().withAllowPrivate(true).withHostDelay(Duration.ZERO)
                .withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(2), Duration.ofSeconds(10));
    }

    /** The log lines so far. */
    List<String> log() {
        String text = logged.toString(StandardCharsets.UTF_8);
        return text.isEmpty() ? List.of() : List.of(text.split("\\R"));
    }

    /** Every stored article. */
    List<DeskArticle> articles() {
        List<DeskArticle> all = new ArrayList<>();
        store.articles().forEach(0, all::add);
        return all;
    }

    /** B-cubed of the stored stories against the simulator's true stories, over the articles stored. */
    BCubed.BCubedScore score(NewsSimulator news) {
        Map<String, SimArticle> byUrl = news.articlesByUrl();
        Map<String, String> predicted = new HashMap<>();
        Map<String, String> truth = new HashMap<>();
        for (DeskArticle a : articles()) {
            SimArticle sim = byUrl.get(a.url());
            if (sim != null) {
                predicted.put(a.url(), a.storyId());
                truth.put(a.url(), sim.story());
            }
        }
        return BCubed.score(predicted, truth);
    }

    @Override
    public void close() {
        watcher.close();
        store.close();
    }
}
