package dev.storybrief.server.desk;

import dev.storybrief.fetch.FetchPolicy;
import dev.storybrief.fetch.PoliteFetcher;
import dev.storybrief.fetch.feed.FeedList;
import dev.storybrief.group.stories.StoryOptions;
import dev.storybrief.server.CommandLines;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code storybrief watch}: follows feeds into the data folder {@code serve} reads, keeping every story's briefing
 * current. Runs until stopped, or one cycle with {@code --once}.
 */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = "Follow RSS/Atom feeds and news sitemaps: fetch new articles, group them into stories and keep "
                + "each story's briefing current in --data (read by 'serve --data').")
public final class WatchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--feeds", required = true, paramLabel = "FILE",
            description = "Feed list: OPML, or a text file with one feed URL a line (read again every cycle).")
    Path feeds;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "${sys:user.home}/.storybrief",
            description = "Data folder, shared with serve (default: ${DEFAULT-VALUE}).")
    String data;

    @Option(names = "--interval", paramLabel = "SECONDS", defaultValue = "300",
            description = "Seconds from the start of one poll to the next (default: ${DEFAULT-VALUE}).")
    double interval;

    @Option(names = "--once", description = "Poll once, fetch, group and brief, then exit (for cron and tests).")
    boolean once;

    @Option(names = "--delay", paramLabel = "SECONDS", defaultValue = "1",
            description = "Least pause between requests to one host; a longer robots.txt Crawl-delay wins (default: ${DEFAULT-VALUE}).")
    double delay;

    @Option(names = "--concurrency", paramLabel = "N", defaultValue = "4",
            description = "Requests in flight at once, over all hosts (default: ${DEFAULT-VALUE}).")
    int concurrency;

    @Option(names = "--max-bytes", paramLabel = "N", defaultValue = "" + FetchPolicy.DEFAULT_MAX_BYTES,
            description = "Largest page or feed accepted; a larger one is refused (default: ${DEFAULT-VALUE}).")
    long maxBytes;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "Longest time for one request (default: ${DEFAULT-VALUE}; connect 10 s, 20 s without data).")
    long timeout;

    @Option(names = "--allow-private", description = "Let feeds and their links reach loopback, private and "
            + "link-local addresses (refused by default).")
    boolean allowPrivate;

    @Option(names = "--items-per-feed", paramLabel = "N", defaultValue = "100",
            description = "New items taken from one feed per poll at most, newest first (default: ${DEFAULT-VALUE}).")
    int itemsPerFeed;

    @Option(names = "--words", defaultValue = "120", description = "Summary budget of each briefing (default: ${DEFAULT-VALUE}).")
    int words;

    @Option(names = "--window-days", defaultValue = "30",
            description = "A story takes no article dated more than this many days from its span (default: ${DEFAULT-VALUE}).")
    int windowDays;

    @Option(names = "--workers", paramLabel = "N", description = "Threads that brief (default: one per core).")
    Integer workers;

    @Option(names = "--spool", paramLabel = "DIR",
            description = "Also append every stored article to JSON Lines files here, for the Spark job.")
    Path spoolDir;

    @Option(names = "--spool-minutes", paramLabel = "N", defaultValue = "60",
            description = "Minutes each spool file covers before the next one starts (default: ${DEFAULT-VALUE}).")
    long spoolMinutes;

    /** Runs {@code storybrief watch} on its own, without the rest of the command line. */
    public static void main(String[] args) {
        CommandLines.runAlone(new WatchCommand(), args);
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (!Files.isRegularFile(feeds)) {
            throw new IllegalArgumentException("--feeds " + feeds + ": no such file");
        }
        FeedList list;
        try {
            list = FeedList.read(feeds);
        } catch (IOException e) {
            throw new IllegalArgumentException("--feeds " + feeds + ": " + e.getMessage());
        }
        if (list.feeds().isEmpty()) {
            throw new IllegalArgumentException("--feeds " + feeds + ": no http(s) feed URL in it"
                    + (list.problems().isEmpty() ? "" : " (" + list.problems().get(0) + ")"));
        }
        if (interval < 0 || delay < 0 || timeout < 1) {
            throw new IllegalArgumentException("--interval and --delay cannot be negative, --timeout must be positive");
        }
        FetchPolicy policy = FetchPolicy.defaults().withAllowPrivate(allowPrivate).withConcurrency(concurrency)
                .withMaxBytes(maxBytes).withHostDelay(seconds(delay))
                .withTimeouts(Duration.ofSeconds(Math.min(10, timeout)), Duration.ofSeconds(Math.min(20, timeout)),
                        Duration.ofSeconds(timeout));
        WatchSettings settings = new WatchSettings(feeds, seconds(interval), once, itemsPerFeed, words,
                StoryOptions.defaults().withWindowDays(windowDays),
                workers == null ? Runtime.getRuntime().availableProcessors() : workers, spoolDir,
                Duration.ofMinutes(spoolMinutes));
        try (DeskStore store = DeskStore.open(dataDir());
             Watcher watcher = Watcher.standard(store, PoliteFetcher.create(policy), settings)) {
            watcher.run();
        }
        return 0;
    }

    private static Duration seconds(double value) {
        return Duration.ofMillis(Math.round(value * 1000));
    }

    private Path dataDir() {
        return CommandLines.dataDir(data);
    }
}
