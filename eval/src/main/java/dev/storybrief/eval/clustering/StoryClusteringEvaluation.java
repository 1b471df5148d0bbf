package dev.storybrief.eval.clustering;

import dev.storybrief.eval.dataset.EvalDataset;
import dev.storybrief.group.stories.BlockedStoryGrouper;
import dev.storybrief.group.stories.JoinModel;
import dev.storybrief.group.stories.StoryClusterer;
import dev.storybrief.group.stories.StoryGroup;
import dev.storybrief.group.stories.StoryOptions;
import dev.storybrief.util.SharedFolder;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Measures story grouping on real clusters: DUC 2004 (50 clusters of 10 dated newswire articles, spanning days to
 * weeks) and the Multi-News sample (100 clusters of 2 to 10 undated articles), taken apart into one shuffled stream
 * and grouped again, scored with B-cubed and the adjusted Rand index against the original clusters.
 *
 * <pre>{@code
 * java -cp eval/target/classes:... dev.storybrief.eval.clustering.StoryClusteringEvaluation [--seed 8] [--blocked]
 * }</pre>
 */
public final class StoryClusteringEvaluation {
    /** The shuffle seed of the published figures. */
    public static final long SEED = 8;

    private StoryClusteringEvaluation() {
    }

    /** DUC 2004 and the Multi-News sample from {@code shared/eval-data}, shuffled with {@code seed}. */
    public static ArticleStream evaluationStream(Path shared, long seed) {
        return evaluationStream(shared, DevSplit.ALL, seed);
    }

    /** One part of the clusters of DUC 2004 and of the Multi-News sample, shuffled with {@code seed}. */
    public static ArticleStream evaluationStream(Path shared, DevSplit split, long seed) {
        Map<String, EvalDataset> sets = new LinkedHashMap<>();
        sets.put("duc2004", EvalDataset.load(shared.resolve("eval-data/duc2004/test.jsonl")));
        sets.put("multinews", EvalDataset.load(shared.resolve("eval-data/multinews-sample100")));
        return ArticleStream.shuffled(sets, split, seed);
    }

    /** Groups the stream with one {@link StoryClusterer}, in stream order. */
    public static ClusteringReport streaming(ArticleStream stream, StoryOptions options) {
        long start = System.nanoTime();
        StoryClusterer clusterer = new StoryClusterer(options).addAll(stream.articles());
        List<StoryGroup> stories = clusterer.stories();
        double seconds = (System.nanoTime() - start) / 1e9;
        return report(stream, stories, clusterer.comparisons(), seconds);
    }

    /**
     * ECB+ event and topic scores of one run.
     *
     * @param event   B-cubed against the events (the figure that counts: two similar events kept apart)
     * @param topic   B-cubed against the topics (the two events of a topic together)
     * @param stories stories found
     */
    public record EcbPlusScores(BCubed.BCubedScore event, BCubed.BCubedScore topic, int stories) {
    }

    /** Groups ECB+ articles shuffled with {@code seed} in one stream and scores them at event and topic level. */
    public static EcbPlusScores ecbPlus(EcbPlus articles, long seed, StoryOptions options) {
        List<StoryGroup> stories = new StoryClusterer(options).addAll(articles.stream(seed).articles()).stories();
        Map<String, String> predicted = storyOfArticle(stories);
        return new EcbPlusScores(BCubed.score(predicted, articles.events()), BCubed.score(predicted, articles.topics()),
                stories.size());
    }

    /**
     * One part of DUC 2004 + Multi-News and the same part of ECB+ shuffled into one stream: a stream with more stories
     * (and more stories of one kind) that still holds only the chosen part, so that what grows with the number of
     * stories can be seen on the tuning parts. ECB+ articles are labelled by their event, prefixed with the set's name.
     */
    public static ArticleStream mixedStream(Path shared, DevSplit split, long seed) {
        ArticleStream news = evaluationStream(shared, split, seed);
        ArticleStream ecb = EcbPlus.load(shared.resolve("eval-data/ecbplus/articles.jsonl")).part(split).stream(seed);
        List<dev.storybrief.ingest.RawDocument> articles = new java.util.ArrayList<>(news.articles());
        articles.addAll(ecb.articles());
        java.util.Collections.shuffle(articles, new java.util.Random(seed));
        Map<String, String> truth = new LinkedHashMap<>(news.truth());
        Map<String, String> dataset = new LinkedHashMap<>(news.dataset());
        ecb.truth().forEach((id, event) -> truth.put(id, EcbPlus.NAME + "/" + event));
        ecb.dataset().forEach(dataset::put);
        return new ArticleStream(articles, truth, dataset, seed);
    }

    /** One line per shuffle seed of the mixed stream ({@link #mixedStream}), then the mean and lowest F1. */
    private static void printMixedSeeds(List<Long> seeds, DevSplit part, StoryOptions options) {
        Path shared = SharedFolder.require("eval-data").getParent();
        List<Double> f1 = new java.util.ArrayList<>();
        for (long seed : seeds) {
            ClusteringReport r = streaming(mixedStream(shared, part, seed), options);
            f1.add(r.bcubed().f1());
            StringBuilder sets = new StringBuilder();
            r.perDataset().forEach((name, s) -> sets.append(String.format(Locale.ROOT, "; %s P %.3f R %.3f F1 %.3f", name,
                    s.bcubed().precision(), s.bcubed().recall(), s.bcubed().f1())));
            System.out.printf(Locale.ROOT, "mixed %s seed %d: P %.3f R %.3f F1 %.3f%s%n", part, seed, r.bcubed().precision(),
                    r.bcubed().recall(), r.bcubed().f1(), sets);
        }
        System.out.printf(Locale.ROOT, "mean F1 %.3f, lowest %.3f%n", f1.stream().mapToDouble(d -> d).average().orElse(0),
                f1.stream().mapToDouble(d -> d).min().orElse(0));
    }

    /** One line per shuffle seed, then the mean and the lowest B-cubed F1 over them. */
    private static void printSeeds(List<Long> seeds, DevSplit part, boolean ecbPlus, StoryOptions options,
                                   String undatedByTruth) {
        java.nio.file.Path shared = SharedFolder.require("eval-data").getParent();
        EcbPlus ecb = ecbPlus ? EcbPlus.load(shared.resolve("eval-data/ecbplus/articles.jsonl")).part(part) : null;
        List<Double> f1 = new java.util.ArrayList<>();
        List<Double> extended = new java.util.ArrayList<>();
        for (long seed : seeds) {
            if (ecbPlus) {
                EcbPlusScores s = ecbPlus(ecb, seed, options);
                f1.add(s.event().f1());
                System.out.printf(Locale.ROOT, "ECB+ %s seed %d: event P %.3f R %.3f F1 %.3f; topic P %.3f R %.3f F1 %.3f%n", part,
                        seed, s.event().precision(), s.event().recall(), s.event().f1(), s.topic().precision(),
                        s.topic().recall(), s.topic().f1());
            } else {
                ArticleStream stream = evaluationStream(shared, part, seed);
                if (undatedByTruth != null) {
                    stream = datedByTruth(stream, undatedByTruth.equals("era"));
                }
                ClusteringReport r = streaming(stream, options);
                f1.add(r.bcubed().f1());
                StringBuilder sets = new StringBuilder();
                r.perDataset().forEach((name, s) -> sets.append(String.format(Locale.ROOT, "; %s P %.3f R %.3f F1 %.3f", name,
                        s.bcubed().precision(), s.bcubed().recall(), s.bcubed().f1())));
                System.out.printf(Locale.ROOT, "DUC+MN %s seed %d: P %.3f R %.3f F1 %.3f, ARI %.3f%s; extended B-cubed"
                        + " (shared texts as one) P %.3f R %.3f F1 %.3f; %.2f comparisons per article%n", part, seed,
                        r.bcubed().precision(), r.bcubed().recall(), r.bcubed().f1(), r.adjustedRand(), sets,
                        r.overlapping().precision(), r.overlapping().recall(), r.overlapping().f1(),
                        r.comparisons() / (double) r.articles());
                extended.add(r.overlapping().f1());
            }
        }
        System.out.printf(Locale.ROOT, "mean F1 %.3f, lowest %.3f%n", f1.stream().mapToDouble(d -> d).average().orElse(0),
                f1.stream().mapToDouble(d -> d).min().orElse(0));
        if (!extended.isEmpty()) {
            System.out.printf(Locale.ROOT, "extended B-cubed (shared texts as one, beside the headline): mean F1 %.3f,"
                    + " lowest %.3f%n", extended.stream().mapToDouble(d -> d).average().orElse(0),
                    extended.stream().mapToDouble(d -> d).min().orElse(0));
        }
    }

    /**
     * A bound on what dating the undated articles could gain, for the tuning part only: every undated article given a
     * day from its true cluster ({@code era} false: a day of 2009 to 2018 drawn from the cluster's label, its articles 0
     * to 2 days apart) or one day for all ({@code era} true: 2015-01-01, apart from the dated 1998 stories but not
     * from each other).
     */
    static ArticleStream datedByTruth(ArticleStream stream, boolean era) {
        List<dev.storybrief.ingest.RawDocument> out = new java.util.ArrayList<>();
        for (dev.storybrief.ingest.RawDocument d : stream.articles()) {
            if (d.meta(dev.storybrief.ingest.MetaKey.PUBLISHED) != null) {
                out.add(d);
                continue;
            }
            String label = stream.truth().get(d.id());
            long day = era ? java.time.LocalDate.of(2015, 1, 1).toEpochDay()
                    : java.time.LocalDate.of(2009, 1, 1).toEpochDay() + Math.floorMod(label.hashCode(), 3650)
                    + Math.floorMod(d.id().hashCode(), 3);
            Map<dev.storybrief.ingest.MetaKey, String> meta = new java.util.EnumMap<>(dev.storybrief.ingest.MetaKey.class);
            meta.putAll(d.meta());
            meta.put(dev.storybrief.ingest.MetaKey.PUBLISHED, java.time.LocalDate.ofEpochDay(day).toString());
            out.add(new dev.storybrief.ingest.RawDocument(d.id(), d.path(), d.format(), d.text(), meta));
        }
        return new ArticleStream(out, stream.truth(), stream.dataset(), stream.seed());
    }

    /** Groups the stream by time blocks, as the Spark job does. */
    public static ClusteringReport blocked(ArticleStream stream, StoryOptions options) {
        long start = System.nanoTime();
        BlockedStoryGrouper grouper = new BlockedStoryGrouper(options);
        List<StoryGroup> stories = grouper.group(stream.articles());
        double seconds = (System.nanoTime() - start) / 1e9;
        return report(stream, stories, grouper.comparisons(), seconds);
    }

    /** Each article's story id, every id of a collapsed copy included: the prediction B-cubed scores. */
    static Map<String, String> storyOfArticle(List<StoryGroup> stories) {
        Map<String, String> predicted = new LinkedHashMap<>();
        stories.forEach(story -> story.allIds().forEach(id -> predicted.put(id, story.id())));
        return predicted;
    }

    /** Scores stories found in the stream against the stream's truth. */
    public static ClusteringReport report(ArticleStream stream, List<StoryGroup> stories, long comparisons,
                                          double seconds) {
        Map<String, String> predicted = storyOfArticle(stories);
        Map<String, ClusteringReport.Scores> perDataset = new LinkedHashMap<>();
        for (String name : new java.util.TreeSet<>(stream.dataset().values())) {
            Map<String, String> truth = stream.truthOf(name);
            Map<String, String> subset = new LinkedHashMap<>();
            truth.keySet().forEach(id -> subset.put(id, predicted.get(id)));
            perDataset.put(name, new ClusteringReport.Scores(BCubed.score(subset, truth),
                    AdjustedRandIndex.score(subset, truth)));
        }
        int trueClusters = new java.util.HashSet<>(stream.truth().values()).size();
        return new ClusteringReport(stream.articles().size(), trueClusters, stories.size(),
                BCubed.score(predicted, stream.truth()), AdjustedRandIndex.score(predicted, stream.truth()),
                perDataset, comparisons, seconds,
                ExtendedBCubed.scoreCopiesAsOne(predicted, stream.truth(), stream::textOf));
    }

    /** A join model written "bias,w1,w2,..." (as {@link JoinModelTraining} learns it), for trying one out. */
    static JoinModel model(String spec) {
        double[] numbers = Arrays.stream(spec.split(",")).mapToDouble(Double::parseDouble).toArray();
        return new JoinModel(numbers[0], Arrays.copyOfRange(numbers, 1, numbers.length));
    }

    /** These options changed by one command-line option of the grouping ({@code --join X} and the others below). */
    static StoryOptions option(String name, String value, StoryOptions options) {
        String[] numbers = value.split(",");
        return switch (name) {
            case "--join" -> options.withJoin(options.join().shifted(Double.parseDouble(value)));
            case "--model" -> options.withJoin(model(value));
            case "--link" -> options.withLinkSimilarity(Double.parseDouble(value));
            case "--copy-similarity" -> options.withDuplicateSimilarity(Double.parseDouble(value));
            case "--window-days" -> options.withWindowDays(Integer.parseInt(value));
            case "--block-days" -> options.withBlockDays(Integer.parseInt(value));
            case "--small-stories" -> options.withSmallStories(Integer.parseInt(numbers[0]),
                    Double.parseDouble(numbers[1]),
                    numbers.length > 2 ? Double.parseDouble(numbers[2]) : options.smallStoryLead());
            case "--refine" -> options.withRefinement(Integer.parseInt(numbers[0]), Double.parseDouble(numbers[1]));
            case "--large-stream" -> options.withLargeStream(Integer.parseInt(value));
            case "--index-terms" -> new StoryOptions(options.windowDays(), options.join(), options.linkSimilarity(),
                    options.duplicateSimilarity(), options.shingleWords(), options.vectorTerms(), Integer.parseInt(value),
                    options.maxCandidates(), options.maxPostings(), options.blockDays(), options.warmupArticles(),
                    options.cueSentences(), options.smallStory(), options.smallStoryJoin(), options.refineRounds(),
                    options.refineMargin(), options.smallStoryLead(), options.largeStream());
            case "--candidates" -> new StoryOptions(options.windowDays(), options.join(), options.linkSimilarity(),
                    options.duplicateSimilarity(), options.shingleWords(), options.vectorTerms(), options.indexTerms(),
                    Integer.parseInt(value), options.maxPostings(), options.blockDays(), options.warmupArticles(),
                    options.cueSentences(), options.smallStory(), options.smallStoryJoin(), options.refineRounds(),
                    options.refineMargin(), options.smallStoryLead(), options.largeStream());
            default -> throw new IllegalArgumentException("unknown option " + name
                    + " (use --seed N, --blocked, --join X, --link X, --window-days N, --block-days N, --part P,"
                    + " --ecbplus, --seeds A,B,C, --model B,W1,..., --small-stories SIZE,BAR[,LEAD],"
                    + " --refine ROUNDS,MARGIN, --large-stream N, --candidates N, --index-terms N, --mixed)");
        };
    }

    /**
     * Prints the report for the default options; {@code --seed N}, {@code --blocked}, {@code --join X} (shifts the join
     * model's intercept), {@code --model B,W1,...} (another join model, as {@link JoinModelTraining} prints it; give it
     * before {@code --join}), {@code --part all|tuning|held_back}, {@code --ecbplus} (ECB+ instead of DUC +
     * Multi-News), {@code --small-stories SIZE,BAR[,LEAD]} (the second chance: its bar and how far the best home must lead the next), {@code --refine ROUNDS,MARGIN} (the
     * refinement; 0 rounds: off), {@code --mixed} with {@code --seeds} (the part of DUC 2004 + Multi-News and the same
     * part of ECB+ in one stream, {@link #mixedStream}), {@code --undated-by-truth day|era} with {@code --seeds} and
     * {@code --part tuning} (the undated articles dated by their truth, {@link #datedByTruth}).
     */
    public static void main(String[] args) {
        long seed = SEED;
        List<Long> seeds = null;
        boolean blocked = false;
        boolean ecbPlus = false;
        boolean mixed = false;
        String undatedByTruth = null;
        DevSplit part = DevSplit.ALL;
        StoryOptions options = StoryOptions.defaults();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--seeds" -> seeds = java.util.Arrays.stream(args[++i].split(",")).map(Long::parseLong).toList();
                case "--blocked" -> blocked = true;
                case "--ecbplus" -> ecbPlus = true;
                case "--mixed" -> mixed = true;
                case "--undated-by-truth" -> undatedByTruth = args[++i];
                case "--part" -> part = DevSplit.valueOf(args[++i].toUpperCase(java.util.Locale.ROOT));
                default -> options = option(args[i], i + 1 < args.length ? args[++i] : "", options);
            }
        }
        if (seeds != null && mixed) {
            printMixedSeeds(seeds, part, options);
            return;
        }
        if (undatedByTruth != null && (part != DevSplit.TUNING || seeds == null || ecbPlus || mixed)) {
            System.err.println("--undated-by-truth day|era reads the truth of the tuning part of DUC + MN, with --seeds");
            System.exit(2);
        }
        if (seeds != null) {
            printSeeds(seeds, part, ecbPlus, options, undatedByTruth);
            return;
        }
        if (ecbPlus) {
            EcbPlus articles = EcbPlus.load(SharedFolder.require("eval-data").getParent().resolve("eval-data/ecbplus/articles.jsonl"))
                    .part(part);
            EcbPlusScores scores = ecbPlus(articles, seed, options);
            System.out.printf(Locale.ROOT, "ECB+ %s part, seed %d: %d articles, %d stories; event B-cubed P %.3f R %.3f F1 %.3f;"
                    + " topic B-cubed P %.3f R %.3f F1 %.3f%n", part, seed, articles.articles().size(),
                    scores.stories(), scores.event().precision(), scores.event().recall(), scores.event().f1(),
                    scores.topic().precision(), scores.topic().recall(), scores.topic().f1());
            return;
        }
        ArticleStream stream = evaluationStream(SharedFolder.require("eval-data").getParent(), part, seed);
        // one untimed run warms the JIT, so the figure is the steady-state speed
        streaming(stream, options);
        ClusteringReport report = blocked ? blocked(stream, options) : streaming(stream, options);
        System.out.printf(Locale.ROOT, "story grouping, %s, seed %d, %s%n", blocked ? "time blocks" : "one stream", seed, options);
        System.out.print(report.describe());
    }
}
