package dev.storybrief.eval.extraction;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.storybrief.ingest.html.ExtractedPage;
import dev.storybrief.ingest.html.HtmlArticleExtractor;
import dev.storybrief.util.SharedFolder;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Runs an extractor over the article-extraction benchmark (raw {@code .html.gz} bytes in, body text
 * out), scores it with {@link ExtractionMetric}, times it on one thread, and scores the peers' stored
 * outputs so that a table shows them side by side.
 *
 * <p>Usage: {@code ExtractionBenchmark [--data DIR] [--warmup N] [--per-page] [--out predictions.json]}.
 */
public final class ExtractionBenchmark {

    private ExtractionBenchmark() {
    }

    /**
     * Runs {@code extractor} over every page: {@code warmupRounds} untimed passes (to let the JIT
     * compile), then one timed pass whose output is scored.
     */
    public static BenchmarkResult run(BenchmarkData data, BiFunction<byte[], String, String> extractor,
            int warmupRounds) {
        List<byte[]> raw = new ArrayList<>();
        for (BenchmarkPage page : data.pages()) {
            raw.add(data.rawBytes(page));
        }
        for (int r = 0; r < warmupRounds; r++) {
            for (int i = 0; i < raw.size(); i++) {
                extractor.apply(raw.get(i), data.pages().get(i).url());
            }
        }
        Map<String, String> predictions = new LinkedHashMap<>();
        Map<String, PageScore> scores = new LinkedHashMap<>();
        long total = 0;
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long slowest = -1;
        String slowestKey = null;
        for (int i = 0; i < raw.size(); i++) {
            BenchmarkPage page = data.pages().get(i);
            long t0 = System.nanoTime();
            String text = extractor.apply(raw.get(i), page.url());
            long dt = System.nanoTime() - t0;
            total += dt;
            if (dt > slowest) {
                slowest = dt;
                slowestKey = page.key();
            }
            predictions.put(page.key(), text);
            scores.put(page.key(), ExtractionMetric.score(page.truth(), text));
        }
        double seconds = total / 1e9;
        // Scoring runs inside the loop but outside the per-page timer; CPU time here covers both, so it is
        // a conservative figure.
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        return new BenchmarkResult(ExtractionMetric.summarize(new ArrayList<>(scores.values())),
                seconds == 0 ? 0 : raw.size() / seconds, cpuSeconds <= 0 ? 0 : raw.size() / cpuSeconds,
                slowest / 1e6, slowestKey, scores, predictions);
    }

    /** The storybrief extractor as a benchmark function (bytes and URL in, body text out). */
    public static BiFunction<byte[], String, String> storybrief(HtmlArticleExtractor extractor) {
        return (bytes, url) -> {
            ExtractedPage page = extractor.extract(bytes, url);
            return page.text();
        };
    }

    /** Scores every peer's stored outputs, by peer name. */
    public static Map<String, MetricSummary> scorePeers(BenchmarkData data) {
        Map<String, MetricSummary> out = new LinkedHashMap<>();
        for (Map.Entry<String, Map<String, String>> peer : data.peerOutputs().entrySet()) {
            out.put(peer.getKey(), scoreOutputs(data, peer.getValue()));
        }
        return out;
    }

    /** Scores stored outputs (page key to text; a missing key counts as an empty output). */
    public static MetricSummary scoreOutputs(BenchmarkData data, Map<String, String> outputs) {
        List<PageScore> scores = new ArrayList<>();
        for (BenchmarkPage page : data.pages()) {
            scores.add(ExtractionMetric.score(page.truth(), outputs.getOrDefault(page.key(), "")));
        }
        return ExtractionMetric.summarize(scores);
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            throw new IllegalArgumentException("option " + args[i - 1] + " needs a value");
        }
        return args[i];
    }

    /** A plain-text table, one row per system, best F1 first. */
    public static String table(Map<String, MetricSummary> rows) {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-14s %9s %7s %7s %9s%n",
                "system", "precision", "recall", "F1", "accuracy"));
        rows.entrySet().stream()
                .sorted((a, b) -> Double.compare(b.getValue().f1(), a.getValue().f1()))
                .forEach(e -> sb.append(String.format(Locale.ROOT, "%-14s %9.3f %7.3f %7.3f %9.3f%n", e.getKey(),
                        e.getValue().precision(), e.getValue().recall(), e.getValue().f1(), e.getValue().accuracy())));
        return sb.toString();
    }

    /** Command-line entry point; see the class comment for options. */
    public static void main(String[] args) {
        try {
            runCommandLine(args);
        } catch (IllegalStateException | IllegalArgumentException | IOException | java.io.UncheckedIOException e) {
            System.err.println("extraction benchmark: " + e.getMessage());
            System.exit(2);
        }
    }

    private static void runCommandLine(String[] args) throws IOException {
        Path dir = null;
        int warmup = 2;
        boolean perPage = false;
        Path out = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--data" -> dir = Path.of(value(args, ++i));
                case "--warmup" -> warmup = Integer.parseInt(value(args, ++i));
                case "--per-page" -> perPage = true;
                case "--out" -> out = Path.of(value(args, ++i));
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + " (options: --data DIR, --warmup N, --per-page, --out FILE)");
            }
        }
        BenchmarkData data = BenchmarkData.load(dir != null ? dir : SharedFolder.require("eval-data/article-extraction"));
        BenchmarkResult result = run(data, storybrief(new HtmlArticleExtractor()), warmup);
        PrintStream o = System.out;
        if (perPage) {
            result.pageScores().forEach((k, s) -> o.printf(Locale.ROOT, "%s P=%.3f R=%.3f%n", k.substring(0, 8),
                    s.precision(), s.recall()));
        }
        Map<String, MetricSummary> rows = new LinkedHashMap<>();
        rows.put("storybrief", result.summary());
        rows.putAll(scorePeers(data));
        o.print(table(rows));
        o.printf(Locale.ROOT, "storybrief: %d pages, %.1f pages/s on one thread (wall), %.1f pages per CPU second,"
                + " slowest page %.1f ms (%s)%n", data.pages().size(), result.pagesPerSecond(),
                result.pagesPerCpuSecond(), result.slowestMillis(), result.slowestKey());
        if (out != null) {
            ObjectMapper json = new ObjectMapper();
            ObjectNode root = json.createObjectNode();
            ObjectNode output = root.putObject("output");
            result.predictions().forEach((k, v) -> output.putObject(k).put("articleBody", v));
            json.writerWithDefaultPrettyPrinter().writeValue(out.toFile(), root);
        }
    }
}
