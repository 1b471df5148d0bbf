package dev.storybrief;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.fuzz.BoundedRun;
import dev.storybrief.fuzz.FuzzPages;
import dev.storybrief.fuzz.PageMutator;
import dev.storybrief.ingest.Ingested;
import dev.storybrief.ingest.InputReader;
import dev.storybrief.ingest.RawDocument;
import dev.storybrief.ingest.html.ExtractedPage;
import dev.storybrief.ingest.html.ExtractionException;
import dev.storybrief.ingest.html.HtmlArticleExtractor;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Seeded fuzzing of extraction and briefing with mutated real pages (see {@link PageMutator}): 10,000 inputs per run
 * on two lanes, each input under a time limit and an allocation bound, plus one 50 MB page. No exception may escape
 * the extractor (a gzip stream too damaged to inflate gives its documented one-line {@link ExtractionException}), no
 * page may trip the extractor's own last-resort guard, and the reading path of {@code brief} must never throw. Each
 * extraction also has a CPU allowance by its size, so a slow path (quadratic on some shape of page) fails the run
 * instead of stretching it, and a run stops drawing inputs after {@value #MAX_FAILURES} failures: its cost is bounded
 * whatever the seed draws. The seed is printed; {@code -Dstorybrief.seed=N} replays a run,
 * {@code -Dstorybrief.fuzz.inputs=N} changes its size.
 */
@ExtendWith(TestSeed.class)
class ExtractionFuzzTest {

    private static final int INPUTS = Integer.getInteger("storybrief.fuzz.inputs", 10_000);
    private static final int LANES = 2;
    /** Per input, wall clock: generous because the machine may be shared; a hang never ends, so any limit finds it. */
    private static final long LIMIT_SECONDS = 60;
    private static final int GIANT_BYTES = 50 * 1024 * 1024;
    /** Every this many inputs, one goes through the brief path (reading, cleaning, analysis, briefing) too. */
    private static final int BRIEF_EVERY = 250;
    /**
     * Allocation allowed per input: a fixed allowance plus a multiple of its size. Bytes allocated bound the memory an
     * input can hold at once; the bound catches blow-ups (quadratic copies, unbounded buffers), not normal work.
     */
    private static final long BASE_ALLOWANCE = 256L << 20;
    private static final long PER_BYTE_ALLOWANCE = 300;
    /**
     * Extraction CPU allowed per input, the worker thread's own time (not wall clock, which a shared machine
     * stretches): a fixed allowance for a cold start plus a multiple of its size, far above normal work (a few tens
     * of nanoseconds per byte once compiled) and far below a quadratic path on a large input.
     */
    private static final long BASE_CPU_NANOS = 5_000_000_000L;
    private static final long PER_BYTE_CPU_NANOS = 2_000;
    /** Failures after which the lanes stop: enough to see a pattern, and a broken build does not run 10,000 slow inputs. */
    private static final int MAX_FAILURES = 20;

    /** {@code -Dstorybrief.fuzz.dump=LANE:INPUT} writes that input to target/ instead of running the fuzz. */
    private static final String DUMP = System.getProperty("storybrief.fuzz.dump");
    private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();
    private final InputReader reader = new InputReader();
    private final Storybrief storybrief = Storybrief.builder().build();
    private final List<String> failures = Collections.synchronizedList(new ArrayList<>());
    private final AtomicLong worstAllocationRatio = new AtomicLong();
    private final AtomicLong worstCpuNanosPerMegabyte = new AtomicLong();
    private final AtomicLong extractionCpuNanos = new AtomicLong();

    @Test
    void mutatedRealPagesNeverEscapeHangOrBlowUp() throws Exception {
        long seed = TestSeed.value();
        FuzzPages pages = FuzzPages.load();
        long start = System.nanoTime();
        List<Thread> lanes = new ArrayList<>();
        List<Throwable> laneErrors = Collections.synchronizedList(new ArrayList<>());
        for (int lane = 0; lane < LANES; lane++) {
            int id = lane;
            Thread t = new Thread(() -> {
                try {
                    lane(id, new Random(seed * 31 + id), pages, INPUTS / LANES + (id < INPUTS % LANES ? 1 : 0));
                } catch (Throwable e) {
                    laneErrors.add(e);
                }
            }, "fuzz-lane-" + lane);
            lanes.add(t);
            t.start();
        }
        for (Thread t : lanes) {
            t.join();
        }
        if (DUMP != null) {
            return;
        }
        giantPage(new Random(seed), pages);
        System.out.printf("storybrief fuzz: %,d inputs from %d pages + one %d MB page in %.1f s (extraction %.1f CPU s),"
                + " worst allocation %d bytes per input byte, worst extraction %.1f CPU ms per MB%n", INPUTS, pages.size(),
                GIANT_BYTES >> 20, (System.nanoTime() - start) / 1e9, extractionCpuNanos.get() / 1e9,
                worstAllocationRatio.get(), worstCpuNanosPerMegabyte.get() / 1e6);
        assertThat(laneErrors).isEmpty();
        assertThat(failures).as("inputs that failed (seed %d)", seed).isEmpty();
    }

    private void lane(int lane, Random random, FuzzPages pages, int inputs) throws InterruptedException {
        PageMutator mutator = new PageMutator(random);
        try (BoundedRun run = new BoundedRun()) {
            for (int i = 0; i < inputs; i++) {
                if (failures.size() >= MAX_FAILURES) {
                    failures.add("lane " + lane + " stopped at input " + i + " after " + MAX_FAILURES + " failures");
                    return;
                }
                int base = random.nextInt(pages.size());
                PageMutator.Mutant m = mutator.mutate(pages.page(base));
                String label = "lane " + lane + " input " + i + " (page " + base + ": " + m.description() + ")";
                String url = random.nextInt(4) == 0 ? null : "https://news.example/2021/03/0" + (1 + random.nextInt(9)) + "/a";
                if (DUMP != null) {
                    // Replaying one input: write it out, skip the work (extraction draws nothing from the random).
                    dumpIfChosen(lane, i, "", m.bytes());
                    if (i % BRIEF_EVERY == BRIEF_EVERY - 1) {
                        dumpIfChosen(lane, i, "-other", mutator.mutate(pages.page(random.nextInt(pages.size()))).bytes());
                    }
                    continue;
                }
                BoundedRun.Outcome<ExtractedPage> o = run.run(() -> extractor.extract(m.bytes(), url), LIMIT_SECONDS);
                check(label, pageBytes(m.bytes()), o);
                extractionCpuNanos.addAndGet(o.cpuNanos());
                if (i % BRIEF_EVERY == BRIEF_EVERY - 1) {
                    PageMutator.Mutant other = mutator.mutate(pages.page(random.nextInt(pages.size())));
                    BoundedRun.Outcome<String> b = run.run(() -> brief(m.bytes(), other.bytes()), 3 * LIMIT_SECONDS);
                    if (b.timedOut() || b.failure() != null) {
                        failures.add(label + " through brief: " + (b.timedOut() ? "timed out" : b.failure()));
                    }
                }
            }
        }
    }

    private static void dumpIfChosen(int lane, int input, String suffix, byte[] bytes) {
        if (DUMP.equals(lane + ":" + input)) {
            java.nio.file.Path file = java.nio.file.Path.of("target", "fuzz-" + lane + "-" + input + suffix + ".html");
            try {
                java.nio.file.Files.write(file, bytes);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            System.out.println("storybrief fuzz: wrote " + file.toAbsolutePath());
        }
    }

    /** Reads two mutated pages as fetched pages and briefs what is readable; no exception but "nothing to brief". */
    private String brief(byte[] first, byte[] second) {
        List<RawDocument> docs = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (byte[] page : List.of(first, second)) {
            Ingested read = reader.readPage("fuzz-" + docs.size() + notes.size(), "https://news.example/a", page);
            docs.addAll(read.documents());
            read.problems().forEach(p -> notes.add(p.line()));
        }
        if (docs.isEmpty()) {
            return "nothing readable";
        }
        try {
            return storybrief.briefDocuments("fuzz", docs, notes).headline();
        } catch (NothingToBriefException e) {
            return e.getMessage();
        }
    }

    private void giantPage(Random random, FuzzPages pages) throws InterruptedException {
        byte[] giant = PageMutator.giantPage(pages.page(random.nextInt(pages.size())), GIANT_BYTES);
        try (BoundedRun run = new BoundedRun()) {
            check("the 50 MB page", giant.length, run.run(() -> extractor.extract(giant, null), 3 * LIMIT_SECONDS));
        }
    }

    /**
     * The bytes the extractor parses: a gzip-framed input inflates first (up to the extractor's bound), so 1.5 KB of
     * gzip holding a 1.4 MB attribute is a 1.4 MB page and gets that page's allowance.
     */
    private static int pageBytes(byte[] bytes) {
        if (bytes.length < 2 || (bytes[0] & 0xFF) != 0x1F || (bytes[1] & 0xFF) != 0x8B) {
            return bytes.length;
        }
        long inflated = 0;
        try (java.io.InputStream in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(bytes))) {
            byte[] buffer = new byte[64 * 1024];
            for (int n = in.read(buffer); n > 0 && inflated < HtmlArticleExtractor.DEFAULT_MAX_INFLATED_BYTES;
                    n = in.read(buffer)) {
                inflated += n;
            }
        } catch (java.io.IOException e) {
            // a damaged stream inflates as far as it goes, as the extractor does
        }
        return (int) Math.max(bytes.length, Math.min(inflated, HtmlArticleExtractor.DEFAULT_MAX_INFLATED_BYTES));
    }

    private void check(String label, int size, BoundedRun.Outcome<ExtractedPage> o) {
        if (o.timedOut()) {
            failures.add(label + ": no result within the time limit");
            return;
        }
        worstAllocationRatio.accumulateAndGet(o.allocatedBytes() / Math.max(size, 1 << 20), Math::max);
        worstCpuNanosPerMegabyte.accumulateAndGet(o.cpuNanos() / Math.max(1, Math.max(size, 1 << 20) >> 20), Math::max);
        if (o.cpuNanos() > BASE_CPU_NANOS + PER_BYTE_CPU_NANOS * size) {
            failures.add(String.format("%s: extraction took %.1f CPU s for %,d page bytes", label, o.cpuNanos() / 1e9, size));
        }
        if (o.allocatedBytes() > BASE_ALLOWANCE + PER_BYTE_ALLOWANCE * size) {
            failures.add(String.format("%s: allocated %,d bytes for %,d page bytes", label, o.allocatedBytes(), size));
        }
        Throwable f = o.failure();
        if (f != null) {
            if (!(f instanceof ExtractionException) || f.getMessage() == null || f.getMessage().contains("\n")) {
                failures.add(label + ": " + f);
            }
            return;
        }
        ExtractedPage page = o.value();
        if (page.reason() != null && page.reason().startsWith("extraction failed")) {
            failures.add(label + ": " + page.reason());
        }
        // the one case of text without an article: a page that declares itself a product or a recipe keeps its text
        boolean notNews = page.reason() != null && page.reason().contains(HtmlArticleExtractor.NOT_NEWS);
        if (page.hasArticle() ? page.paragraphs().isEmpty() : !page.paragraphs().isEmpty() && !notNews) {
            failures.add(label + ": hasArticle " + page.hasArticle() + " with " + page.paragraphs().size() + " paragraphs");
        }
    }
}
