package dev.storybrief.eval.run;

import dev.storybrief.brief.summary.SentenceTrimmer;
import dev.storybrief.brief.summary.StorySummarizer;
import dev.storybrief.brief.summary.Summarizer;
import dev.storybrief.eval.baseline.Baselines;
import dev.storybrief.eval.baseline.GreedyOracle;
import dev.storybrief.eval.dataset.EvalCluster;
import dev.storybrief.eval.dataset.EvalDataException;
import dev.storybrief.eval.dataset.StoryFactory;
import dev.storybrief.eval.rouge.BootstrapAverager;
import dev.storybrief.eval.rouge.RougeFlags;
import dev.storybrief.eval.rouge.RougeResources;
import dev.storybrief.eval.rouge.RougeScorer;
import dev.storybrief.eval.rouge.RougeTokenizer;
import dev.storybrief.eval.rouge.TopicScore;
import dev.storybrief.model.Story;
import dev.storybrief.model.SummarySentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * Runs summarizers over evaluation clusters and scores them with the ROUGE-1.5.5 reimplementation: the clusters
 * are read and analysed once, then each system summarizes every cluster (in parallel), and every summary is
 * scored against the cluster's references.
 */
public final class EvalRunner {
    /** Name of storybrief's own summarizer in results. */
    public static final String STORYBRIEF = "storybrief";
    /** Name of storybrief's summarizer laid out most important first (what a scorer that cuts at the budget sees). */
    public static final String STORYBRIEF_RANKED = "storybrief-ranked";
    /** storybrief's summarizers, trimmed and verbatim, in table order: {@link #STORYBRIEF} first. */
    private static final List<StorySummarizer> OURS = List.of(new StorySummarizer(),
            new StorySummarizer(StorySummarizer.Ordering.IMPORTANCE),
            new StorySummarizer().withTrimmer(SentenceTrimmer.none()),
            new StorySummarizer(StorySummarizer.Ordering.IMPORTANCE).withTrimmer(SentenceTrimmer.none()));
    /** Name of the greedy ROUGE-2 upper bound. */
    public static final String ORACLE = "oracle";

    private final EvalSettings settings;
    private final RougeScorer scorer;
    private final int threads;
    private final Progress progress;
    private final Function<EvalCluster, Story> stories;

    /** A runner with the given settings, scorer data from {@code ../shared}, and one thread per core. */
    public EvalRunner(EvalSettings settings, Progress progress) {
        this(settings, RougeResources.fromSharedDefault(), Runtime.getRuntime().availableProcessors(), progress);
    }

    /** A runner with explicit scorer data and thread count. */
    public EvalRunner(EvalSettings settings, RougeResources resources, int threads, Progress progress) {
        this(settings, resources, threads, progress, new StoryFactory()::story);
    }

    /**
     * A runner that takes each cluster's story from {@code stories} (it must be what {@link StoryFactory#story}
     * builds): tests that score the same clusters in several runs build each story once.
     */
    public EvalRunner(EvalSettings settings, RougeResources resources, int threads, Progress progress,
                      Function<EvalCluster, Story> stories) {
        this.stories = stories;
        this.settings = settings;
        this.scorer = new RougeScorer(RougeFlags.parse(settings.rougeFlags()).options(), resources,
                settings.tokenization());
        this.threads = Math.max(1, threads);
        this.progress = progress;
    }

    /** Every system name the runner knows, in table order. */
    public static List<String> knownSystems() {
        List<String> names = new ArrayList<>(Baselines.names());
        OURS.forEach(s -> names.add(s.name()));
        names.add(ORACLE);
        return names;
    }

    /**
     * Scores the named systems, then the peers (system -> cluster id -> summary), on the clusters.
     *
     * @throws IllegalArgumentException for an unknown system name
     */
    public EvalReport run(List<EvalCluster> clusters, List<String> systems, Map<String, Map<String, String>> peers) {
        systems.forEach(EvalRunner::checkKnown);
        long t0 = System.nanoTime();
        progress.start("reading and analysing " + clusters.size() + " clusters", clusters.size());
        List<Story> analysed = parallel(clusters.size(), i -> {
            Story story = stories.apply(clusters.get(i));
            progress.step();
            return story;
        });
        double preparation = (System.nanoTime() - t0) / 1e9;
        progress.finish(String.format(Locale.ROOT, "%.1f s", preparation));
        List<SystemRun> runs = new ArrayList<>();
        for (String system : systems) {
            runs.add(runSystem(system, clusters, analysed));
        }
        peers.forEach((system, summaries) -> runs.add(runPeer(system, summaries, clusters)));
        return new EvalReport(settings, clusters.size(), preparation, runs);
    }

    private static void checkKnown(String system) {
        if (!knownSystems().contains(system)) {
            throw new IllegalArgumentException("unknown system \"" + system + "\" (known: "
                    + String.join(", ", knownSystems()) + ")");
        }
    }

    private SystemRun runSystem(String system, List<EvalCluster> clusters, List<Story> analysed) {
        Function<EvalCluster, Summarizer> summarizerOf = summarizerFactory(system);
        progress.start(system, clusters.size());
        System.gc();
        HeapPeak.reset();
        long t0 = System.nanoTime();
        List<List<String>> summaries = parallel(clusters.size(), i -> {
            List<SummarySentence> summary = summarizerOf.apply(clusters.get(i))
                    .summarize(analysed.get(i), settings.requestWords());
            progress.step();
            return summary.stream().map(SummarySentence::text).toList();
        });
        double seconds = (System.nanoTime() - t0) / 1e9;
        long peak = HeapPeak.read();
        List<TopicScore> topics = parallel(clusters.size(), i ->
                new TopicScore(evalId(clusters.get(i).id()), system, scorer.score(summaries.get(i), referenceUnits(clusters.get(i)))));
        SystemRun run = new SystemRun(system, topics, new BootstrapAverager().average(topics),
                clusters.size() / Math.max(seconds, 1e-9), peak);
        progress.finish(String.format(Locale.ROOT, "%.2f s, %.1f clusters/s", seconds, run.clustersPerSecond()));
        return run;
    }

    private Function<EvalCluster, Summarizer> summarizerFactory(String system) {
        for (StorySummarizer ours : OURS) {
            if (system.equals(ours.name())) {
                return cluster -> ours;
            }
        }
        if (system.equals(ORACLE)) {
            return cluster -> GreedyOracle.forCluster(cluster, refs -> {
                List<List<String>> units = refs.stream().map(RougeTokenizer::splitUnits).toList();
                return sentences -> scorer.score(sentences, units).rouge2().recall();
            }, false);
        }
        Summarizer baseline = Baselines.byName(system, settings.seed(), false);
        return cluster -> baseline;
    }

    private SystemRun runPeer(String system, Map<String, String> summaries, List<EvalCluster> clusters) {
        List<TopicScore> topics = new ArrayList<>();
        for (EvalCluster cluster : clusters) {
            String summary = summaries.get(cluster.id());
            if (summary == null) {
                throw new EvalDataException("peer system \"" + system + "\" has no summary for cluster " + cluster.id());
            }
            topics.add(new TopicScore(evalId(cluster.id()), system,
                    scorer.score(RougeTokenizer.splitUnits(summary), referenceUnits(cluster))));
        }
        return new SystemRun(system, topics, new BootstrapAverager().average(topics), Double.NaN, -1);
    }

    private static List<List<String>> referenceUnits(EvalCluster cluster) {
        return cluster.references().stream().map(RougeTokenizer::splitUnits).toList();
    }

    /** DUC topic ids drop their trailing "t" (d30001t -> d30001), as the official runs named them. */
    static String evalId(String clusterId) {
        return clusterId.matches("d\\d{5}t") ? clusterId.substring(0, clusterId.length() - 1) : clusterId;
    }

    private <T> List<T> parallel(int n, IntFunction<T> task) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                futures.add(pool.submit(() -> task.apply(index)));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("evaluation interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(cause);
        } finally {
            pool.shutdownNow();
        }
    }
}
