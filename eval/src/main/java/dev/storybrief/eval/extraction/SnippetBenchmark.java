package dev.storybrief.eval.extraction;

import dev.storybrief.ingest.html.ExtractedPage;
import dev.storybrief.ingest.html.HtmlArticleExtractor;
import dev.storybrief.util.SharedFolder;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Runs the extractor over trafilatura's evaluation collection ({@link SnippetData}) on one thread, from the raw
 * {@code .html.gz} bytes, and counts snippets ({@link SnippetCounts}) on the whole collection and on each
 * {@link DevSplit} part.
 *
 * <p>Usage (for looking at the tuning part's misses): {@code SnippetBenchmark [--data DIR] [--misses]}; misses are
 * printed for tuning pages only, with the tuning part's figures alone, so the held-back part stays unseen.
 */
public final class SnippetBenchmark {

    /** Published F-scores on the whole collection (960 pages), from the go-trafilatura README (2025-05). */
    public static final Map<String, Double> PUBLISHED_F = publishedF();

    private SnippetBenchmark() {
    }

    /**
     * One run: the extracted pages by key, snippet counts over all pages and per part, and speed.
     *
     * @param pages             extracted page by key
     * @param all               counts over every page
     * @param byPart            counts per part
     * @param metadata          agreement of title, date, site name and authors with the annotations, per field
     * @param pagesPerSecond    pages per second of wall time in the timed pass
     * @param pagesPerCpuSecond pages per second of the thread's CPU time in the timed pass
     */
    public record Result(Map<String, ExtractedPage> pages, SnippetCounts all, Map<DevSplit, SnippetCounts> byPart,
            Map<String, MetadataAgreement.Field> metadata, double pagesPerSecond, double pagesPerCpuSecond) {
    }

    /** {@code warmupRounds} untimed passes, then one timed pass that is scored. */
    public static Result run(List<SnippetPage> pages, HtmlArticleExtractor extractor, int warmupRounds) {
        List<byte[]> raw = new ArrayList<>();
        for (SnippetPage p : pages) {
            raw.add(SnippetData.rawBytes(p));
        }
        for (int r = 0; r < warmupRounds; r++) {
            for (int i = 0; i < raw.size(); i++) {
                extractor.extract(raw.get(i), pages.get(i).url());
            }
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<String, ExtractedPage> out = new LinkedHashMap<>();
        long cpu0 = threads.getCurrentThreadCpuTime();
        long wall0 = System.nanoTime();
        for (int i = 0; i < raw.size(); i++) {
            out.put(pages.get(i).key(), extractor.extract(raw.get(i), pages.get(i).url()));
        }
        double wall = (System.nanoTime() - wall0) / 1e9;
        double cpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
        SnippetCounts all = SnippetCounts.NONE;
        Map<DevSplit, SnippetCounts> byPart = new EnumMap<>(DevSplit.class);
        for (DevSplit part : DevSplit.values()) {
            byPart.put(part, SnippetCounts.NONE);
        }
        for (SnippetPage p : pages) {
            SnippetCounts c = SnippetCounts.of(p, out.get(p.key()).text());
            all = all.plus(c);
            byPart.merge(DevSplit.of(p.key()), c, SnippetCounts::plus);
        }
        return new Result(out, all, byPart, MetadataAgreement.measure(pages, out), wall <= 0 ? 0 : pages.size() / wall, cpu <= 0 ? 0 : pages.size() / cpu);
    }

    /** The Markdown table of a run with the published figures beside it. */
    public static String markdown(Result r) {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
                "trafilatura-eval, %d pages (metric of go-trafilatura's comparison: exact snippets in the main text)%n%n",
                r.all().pages()));
        sb.append("| system | pages | precision | recall | accuracy | F-score |\n|---|---|---|---|---|---|\n");
        row(sb, "storybrief, all pages", r.all());
        for (DevSplit part : DevSplit.values()) {
            row(sb, "storybrief, " + part.label() + " part", r.byPart().get(part));
        }
        PUBLISHED_F.forEach((name, f) -> sb.append(String.format(Locale.ROOT,
                "| %s (published, 960 pages) | 960 | | | | %.3f |%n", name, f)));
        sb.append("\nmetadata against the annotations (pages that annotate the field; share of them matched)\n\n")
                .append("| field | annotated | given | exact | normalised |\n|---|---|---|---|---|\n");
        r.metadata().forEach((name, f) -> sb.append(String.format(Locale.ROOT, "| %s | %d | %d | %s | %s |%n", name,
                f.annotated(), f.given(), share(f.exact(), f.annotated()), share(f.normalised(), f.annotated()))));
        sb.append(String.format(Locale.ROOT, "%nstorybrief: %.0f pages/s on one thread (wall), %.0f pages per CPU second%n",
                r.pagesPerSecond(), r.pagesPerCpuSecond()));
        return sb.toString();
    }

    private static String share(int n, int of) {
        return of == 0 ? "n/a" : String.format(Locale.ROOT, "%.3f", (double) n / of);
    }

    private static void row(StringBuilder sb, String name, SnippetCounts c) {
        sb.append(String.format(Locale.ROOT, "| %s | %d | %.3f | %.3f | %.3f | %.3f |%n", name, c.pages(), c.precision(),
                c.recall(), c.accuracy(), c.fScore()));
    }

    private static Map<String, Double> publishedF() {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("trafilatura 1.12.2 + fallback", 0.917);
        m.put("go-trafilatura + fallback", 0.915);
        m.put("trafilatura 1.12.2", 0.908);
        m.put("go-trafilatura", 0.904);
        m.put("go-readability", 0.881);
        m.put("go-domdistiller", 0.872);
        return java.util.Collections.unmodifiableMap(m);
    }

    /**
     * Prints the table; with {@code --misses}, every missed and unwanted snippet of the tuning part and that part's
     * figures only.
     */
    public static void main(String[] args) {
        Path dir = null;
        boolean misses = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--data" -> dir = Path.of(args[++i]);
                case "--misses" -> misses = true;
                default -> {
                    System.err.println("snippet benchmark: unknown option " + args[i] + " (options: --data DIR, --misses)");
                    System.exit(2);
                }
            }
        }
        List<SnippetPage> pages = SnippetData.load(dir != null ? dir : SharedFolder.require("eval-data/trafilatura-eval"));
        Result r = run(pages, new HtmlArticleExtractor(), misses ? 0 : 2);
        if (misses) {
            for (SnippetPage p : pages) {
                if (DevSplit.of(p.key()) != DevSplit.TUNING) {
                    continue;
                }
                String text = r.pages().get(p.key()).text();
                for (String s : p.with()) {
                    if (text.isEmpty() || !text.contains(s)) {
                        System.out.println(p.key() + " MISS  " + s);
                    }
                }
                for (String s : p.without()) {
                    if (!text.isEmpty() && text.contains(s)) {
                        System.out.println(p.key() + " EXTRA " + s);
                    }
                }
            }
        }
        if (misses) {
            // Only the tuning part's figures: the whole collection's would give the held-back part away.
            SnippetCounts c = r.byPart().get(DevSplit.TUNING);
            System.out.printf(Locale.ROOT, "tuning part, %d pages: P %.4f R %.4f F %.4f (%d found, %d missed, %d unwanted)%n",
                    c.pages(), c.precision(), c.recall(), c.fScore(), c.truePositives(), c.falseNegatives(),
                    c.falsePositives());
            return;
        }
        System.out.print(markdown(r));
    }
}
