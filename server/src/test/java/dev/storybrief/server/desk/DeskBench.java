package dev.storybrief.server.desk;

import dev.storybrief.eval.clustering.ArticleStream;
import dev.storybrief.eval.clustering.StoryClusteringEvaluation;
import dev.storybrief.util.SharedFolder;
import dev.storybrief.group.stories.ArticleDates;
import dev.storybrief.ingest.MetaKey;
import dev.storybrief.ingest.RawDocument;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Benchmark of {@code watch} end to end against the news simulator: the grouping evaluation stream (DUC 2004 and the
 * Multi-News sample, 801 articles) repeated to N articles, each repetition moved 120 days later so it is a news
 * period of its own, published by eight outlets in every feed format and appearing in waves. After each wave one
 * cycle polls, fetches, extracts, stores, groups and re-briefs. Prints articles per second, the delay from a wave's
 * items appearing to their stories' briefings being stored, and the heap after the run (the simulator's own share,
 * measured before the desk starts, taken off). The corpus holds publishers' text and lives in memory only.
 *
 * <pre>{@code scripts/bench-desk.sh [articles] [wave] [grouping]}</pre>
 *
 * <p>With {@code grouping}, only the desk's grouping runs, wave by wave, with no simulator, store or briefing.
 */
public final class DeskBench {
    private static final Instant START = Instant.parse("2026-03-01T00:00:00Z");
    private static final int PERIOD_DAYS = 120;

    private DeskBench() {
    }

    /** Arguments: articles (default 10000), articles per wave (default 500). */
    public static void main(String[] args) throws Exception {
        int total = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int wave = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        Path shared = SharedFolder.find().orElseThrow(() -> new IllegalStateException(SharedFolder.missingMessage()));
        List<SimArticle> corpus = corpus(StoryClusteringEvaluation.evaluationStream(shared, StoryClusteringEvaluation.SEED),
                total, wave);
        if (args.length > 2 && args[2].equals("grouping")) {
            grouping(corpus, wave, System.out);
            return;
        }
        NewsSimulator.Style[] styles = NewsSimulator.Style.values();
        Path dir = Files.createTempDirectory("storybrief-desk-bench");
        PrintStream out = System.out;
        try (NewsSimulator news = NewsSimulator.create(START, 100)) {
            for (int o = 0; o < 8; o++) {
                int outlet = o;
                news.outlet("Outlet " + o, styles[o % 5], o % 3 == 0,
                        corpus.stream().filter(a -> Integer.parseInt(a.id().replaceAll("\\D.*", "")) % 8 == outlet).toList());
            }
            long simulatorHeap = usedHeapAfterGc();
            Path feeds = news.writeOpml(dir, List.of());
            WatchSettings settings = new WatchSettings(feeds, Duration.ZERO, true, Integer.MAX_VALUE, 120,
                    dev.storybrief.group.stories.StoryOptions.defaults(), Runtime.getRuntime().availableProcessors(),
                    null, Duration.ofHours(1));
            try (DeskStore store = DeskStore.open(dir.resolve("data"));
                 Watcher watcher = new Watcher(store, dev.storybrief.fetch.PoliteFetcher.create(DeskHarness.testPolicy()
                         .withTimeouts(Duration.ofSeconds(10), Duration.ofSeconds(20), Duration.ofSeconds(60))),
                         settings, new WatchLog(System.err, false), Clock.systemUTC())) {
                watcher.recover();
                List<Double> delays = new ArrayList<>();
                long started = System.nanoTime();
                long cpuStarted = cpuNanos();
                int stored = 0;
                int briefed = 0;
                for (int w = 1; w * wave <= total + wave - 1; w++) {
                    news.advanceTo(START.plus(Duration.ofHours(w)));
                    Instant appeared = Instant.now();
                    int before = store.articles().count();
                    CycleReport report = watcher.cycle();
                    stored += report.stored();
                    briefed += report.briefed();
                    delays.addAll(delays(store, before, appeared));
                    out.printf(Locale.ROOT, "wave %d: %s; %d stored, heap %.0f MB%n", w, report.line(),
                            store.articles().count(), (usedHeapAfterGc() - simulatorHeap) / 1e6);
                }
                double seconds = (System.nanoTime() - started) / 1e9;
                double cpuSeconds = (cpuNanos() - cpuStarted) / 1e9;
                long deskHeap = usedHeapAfterGc() - simulatorHeap;
                double[] sorted = delays.stream().mapToDouble(Double::doubleValue).sorted().toArray();
                out.printf(Locale.ROOT, "%d articles stored in %.1f s: %.1f articles/s end to end on %d cores (%.1f per CPU"
                                + " second, %.0f CPU s; load average %.1f); %d briefings; %d stories%n", stored, seconds,
                        stored / seconds, Runtime.getRuntime().availableProcessors(), stored / cpuSeconds, cpuSeconds,
                        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), briefed,
                        store.queries().count());
                out.printf(Locale.ROOT, "item appearing -> its story's briefing stored: median %.1f s, p95 %.1f s, max %.1f s"
                        + " (waves of %d; add up to --interval for the poll)%n", percentile(sorted, 0.5),
                        percentile(sorted, 0.95), sorted.length == 0 ? 0 : sorted[sorted.length - 1], wave);
                out.printf(Locale.ROOT, "heap after %d articles: %.0f MB for the desk (%.0f MB with the simulator's corpus);"
                        + " RSS %s; database %.0f MB%n", stored, deskHeap / 1e6, (deskHeap + simulatorHeap) / 1e6, rss(),
                        Files.size(dir.resolve("data").resolve(dev.storybrief.server.BriefStore.FILE_NAME)) / 1e6);
            }
        }
    }

    /**
     * The grouping alone, as a cycle runs it ({@link StoryDesk#add} for each new article, then {@link StoryDesk#settle}),
     * without fetching, storing or briefing: how a cycle's grouping cost and the desk's heap grow with the store.
     */
    private static void grouping(List<SimArticle> corpus, int wave, PrintStream out) throws InterruptedException {
        long baseHeap = usedHeapAfterGc();
        StoryDesk desk = StoryDesk.replay(List.of(), dev.storybrief.group.stories.StoryOptions.defaults());
        long cpuStarted = cpuNanos();
        long seq = 0;
        for (int from = 0; from < corpus.size(); from += wave) {
            long started = System.nanoTime();
            long cpu = cpuNanos();
            for (SimArticle a : corpus.subList(from, Math.min(corpus.size(), from + wave))) {
                seq++;
                desk.add(new DeskArticle(seq, DeskArticle.idOf(seq), "http://127.0.0.1/news/" + a.id() + ".html",
                        "http://127.0.0.1/feed.xml", a.title(), "Outlet " + seq % 8, null,
                        a.published() == null ? null : a.published().toString(), "page", a.appears().toString(),
                        a.text(), null, null, null));
            }
            long added = System.nanoTime();
            List<StoryTable.Assignment> assignments = desk.settle();
            desk.settled(assignments);
            long settled = System.nanoTime();
            double cycleCpu = (cpuNanos() - cpu) / 1e9;
            // a cycle that stored nothing, then one that only updated an article in place (what every idle cycle
            // cost before such a cycle settled nothing: every stored article's story read and compared again)
            long idleStarted = System.nanoTime();
            int idle = desk.settle().size();
            long idleEnded = System.nanoTime();
            desk.revised(seq);
            List<StoryTable.Assignment> updated = desk.settle();
            desk.settled(updated);
            long updatedEnded = System.nanoTime();
            out.printf(Locale.ROOT, "%d stored: add %.2f s, settle %.2f s (%d assignments), cycle CPU %.2f s; idle cycle"
                            + " %.3f s (%d), one article updated %.3f s; heap %.0f MB%n", seq, (added - started) / 1e9,
                    (settled - added) / 1e9, assignments.size(), cycleCpu, (idleEnded - idleStarted) / 1e9, idle,
                    (updatedEnded - idleEnded) / 1e9, (usedHeapAfterGc() - baseHeap) / 1e6);
        }
        out.printf(Locale.ROOT, "grouping CPU %.1f s for %d articles; load average %.1f%n", (cpuNanos() - cpuStarted) / 1e9,
                seq, java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    /** Seconds from {@code appeared} to the newest briefing of each story that took an article after it. */
    private static List<Double> delays(DeskStore store, long seqBefore, Instant appeared) {
        Map<String, String> briefedAt = new HashMap<>();
        List<Double> out = new ArrayList<>();
        store.articles().forEach(seqBefore, a -> {
            if (a.storyId() != null) {
                String created = briefedAt.computeIfAbsent(a.storyId(), id -> {
                    List<StoryQueries.StoredBriefing> b = store.queries().briefings(id);
                    return b.isEmpty() ? null : b.get(0).created();
                });
                if (created != null) {
                    out.add(Duration.between(appeared, Instant.parse(created)).toMillis() / 1000.0);
                }
            }
        });
        return out;
    }

    /** The stream repeated to {@code total} articles, repetition r moved r periods later, appearing in waves. */
    static List<SimArticle> corpus(ArticleStream stream, int total, int wave) {
        List<RawDocument> docs = stream.articles();
        List<SimArticle> out = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            RawDocument doc = docs.get(i % docs.size());
            int repetition = i / docs.size();
            long day = ArticleDates.epochDay(doc);
            LocalDate base = ArticleDates.isDated(day) ? LocalDate.ofEpochDay(day)
                    : LocalDate.parse("1998-06-01").plusDays(Math.floorMod(doc.id().hashCode(), PERIOD_DAYS));
            out.add(new SimArticle(i + "-" + doc.id().replaceAll("[^A-Za-z0-9.-]", "_"), doc.meta(MetaKey.TITLE),
                    base.plusDays((long) repetition * PERIOD_DAYS), doc.text(),
                    repetition + "/" + stream.truth().get(doc.id()), START.plus(Duration.ofHours(i / wave + 1))));
        }
        return out;
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    private static String rss() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmRSS"))
                    .map(l -> l.replaceAll("\\D+", "") + " kB").findFirst().orElse("unknown");
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    private static double percentile(double[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.floor(p * sorted.length))];
    }

}
