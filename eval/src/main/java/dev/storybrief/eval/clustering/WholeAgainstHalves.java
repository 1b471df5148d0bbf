package dev.storybrief.eval.clustering;

import dev.storybrief.eval.clustering.ArrivalErrors.Candidate;
import dev.storybrief.eval.clustering.SplitErrors.Cause;
import dev.storybrief.group.stories.StoryClusterer;
import dev.storybrief.group.stories.StoryGroup;
import dev.storybrief.group.stories.StoryOptions;
import dev.storybrief.util.SharedFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Why a whole set's stream scores lower than each of its two parts grouped alone (issue 17): the whole set, its tuning
 * part and its held-back part are each grouped (one shuffle seed, the arrival trace on), and only aggregate counts are
 * printed, never an article or a cluster: B-cubed of each run; the whole run read on each part's articles alone (what
 * it loses by joining the parts' clusters is the rest); its precision loss by where the foreign articles of a story
 * come from (the same part or the other, the same data set or not, and a cluster the data set itself shares an
 * article with: DUC 2004 puts 11 articles in two clusters, so the two copies of one text, which must end in one
 * story, bridge those two clusters in the whole stream only when the clusters sit in different parts); its recall
 * loss by the arrival cause of {@link SplitErrors}, beside the same for the parts alone; the arrival wrong joins by
 * part; and comparisons per article.
 *
 * <p>{@code --once} drops each such article's second copy from every stream, as a feed would carry it once: what
 * the sharing clusters still lose is then their likeness, not the two copies' bridge.
 *
 * <pre>{@code java ... WholeAgainstHalves [--ecbplus] [--once] [--seeds 8,1,2,3,4] [grouping options]}</pre>
 */
public final class WholeAgainstHalves {
    private WholeAgainstHalves() {
    }

    /** One traced grouping of a stream. */
    record Run(ArticleStream stream, Map<String, String> predicted, List<String> trace, long comparisons) {
    }

    /** Groups the three streams of every seed and prints the aggregate table. */
    public static void main(String[] args) throws IOException {
        List<Long> seeds = List.of(8L, 1L, 2L, 3L, 4L);
        boolean ecbPlus = false;
        boolean once = false;
        StoryOptions options = StoryOptions.defaults();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--seeds" -> seeds = java.util.Arrays.stream(args[++i].split(",")).map(Long::parseLong).toList();
                case "--ecbplus" -> ecbPlus = true;
                case "--once" -> once = true;
                default -> options = StoryClusteringEvaluation.option(args[i], i + 1 < args.length ? args[++i] : "",
                        options);
            }
        }
        Path trace = Files.createTempFile("arrivals", ".tsv");
        // read by core when the grouping first runs, so it is set before any clusterer exists
        System.setProperty("storybrief.traceArrivals", trace.toString());
        Path shared = SharedFolder.require("eval-data").getParent();
        for (long seed : seeds) {
            Map<DevSplit, Run> runs = new EnumMap<>(DevSplit.class);
            Set<List<String>> sharing = null;
            for (DevSplit part : DevSplit.values()) {
                ArticleStream stream = ecbPlus
                        ? EcbPlus.load(shared.resolve("eval-data/ecbplus/articles.jsonl")).part(part).stream(seed)
                        : StoryClusteringEvaluation.evaluationStream(shared, part, seed);
                sharing = part == DevSplit.ALL ? sharingPairs(stream.truth()) : sharing;
                runs.put(part, run(once ? firstCopiesOnly(stream) : stream, options, trace));
            }
            print(seed, runs, sharing);
        }
        Files.deleteIfExists(trace);
    }

    /**
     * The stream without the second copy of each article its data set puts in two clusters ({@code <id>@<cluster>}):
     * a feed carries an article once, so this tells whether the two copies' bridge is what joins their clusters.
     */
    static ArticleStream firstCopiesOnly(ArticleStream stream) {
        Map<String, String> truth = new LinkedHashMap<>();
        Map<String, String> dataset = new LinkedHashMap<>();
        List<dev.storybrief.ingest.RawDocument> kept = stream.articles().stream()
                .filter(doc -> doc.id().indexOf('@') < 0).toList();
        kept.forEach(doc -> {
            truth.put(doc.id(), stream.truth().get(doc.id()));
            dataset.put(doc.id(), stream.dataset().get(doc.id()));
        });
        return new ArticleStream(kept, truth, dataset, stream.seed());
    }

    private static Run run(ArticleStream stream, StoryOptions options, Path trace) throws IOException {
        Files.writeString(trace, "");
        StoryClusterer clusterer = new StoryClusterer(options).addAll(stream.articles());
        List<StoryGroup> stories = clusterer.stories();
        return new Run(stream, StoryClusteringEvaluation.storyOfArticle(stories), Files.readAllLines(trace),
                clusterer.comparisons());
    }

    private static void print(long seed, Map<DevSplit, Run> runs, Set<List<String>> sharing) {
        Run whole = runs.get(DevSplit.ALL);
        Map<String, String> truth = whole.stream().truth();
        Map<String, DevSplit> partOf = new HashMap<>();
        for (DevSplit part : List.of(DevSplit.TUNING, DevSplit.HELD_BACK)) {
            runs.get(part).stream().truth().values().forEach(label -> partOf.put(label, part));
        }
        for (DevSplit part : DevSplit.values()) {
            Run run = runs.get(part);
            BCubed.BCubedScore s = BCubed.score(run.predicted(), run.stream().truth());
            System.out.printf(Locale.ROOT, "seed %d %s alone: %d articles, P %.3f R %.3f F1 %.3f, %.2f comparisons per"
                            + " article; recall loss by cause %s; arrivals %s%n", seed, part, run.predicted().size(),
                    s.precision(), s.recall(), s.f1(), run.comparisons() / (double) run.predicted().size(),
                    recallByCause(run), arrivals(run, partOf));
        }
        for (DevSplit part : List.of(DevSplit.TUNING, DevSplit.HELD_BACK)) {
            Map<String, String> predicted = new LinkedHashMap<>();
            Map<String, String> partTruth = new LinkedHashMap<>();
            truth.forEach((id, label) -> {
                if (partOf.get(label) == part) {
                    predicted.put(id, whole.predicted().get(id));
                    partTruth.put(id, label);
                }
            });
            BCubed.BCubedScore s = BCubed.score(predicted, partTruth);
            System.out.printf(Locale.ROOT, "seed %d whole read on %s: %d articles, P %.3f R %.3f F1 %.3f%n", seed,
                    part, predicted.size(), s.precision(), s.recall(), s.f1());
        }
        Map<String, String> overlapsMerged = sharedArticlesJoined(truth, sharing);
        BCubed.BCubedScore merged = BCubed.score(whole.predicted(), overlapsMerged);
        System.out.printf(Locale.ROOT, "seed %d whole against the truth with clusters sharing an article as one:"
                + " P %.3f R %.3f F1 %.3f (%d cluster pairs share articles, %d of them across the parts)%n", seed,
                merged.precision(), merged.recall(), merged.f1(), sharing.size(),
                sharing.stream().filter(p -> partOf.get(p.get(0)) != partOf.get(p.get(1))).count());
        System.out.printf(Locale.ROOT, "seed %d whole precision loss (articles' worth) by the foreign article's source:"
                + " %s%n", seed, precisionLoss(whole, partOf, sharing));
    }

    /**
     * Each article's story's foreign share (B-cubed precision loss, in articles' worth), laid on the foreign articles
     * by kind: the same part or the other, a cluster of {@code sharing} with the own one ({@link #sharingPairs}), and
     * the two data sets.
     */
    static Map<String, Double> precisionLoss(Run run, Map<String, DevSplit> partOf, Set<List<String>> sharing) {
        Map<String, String> truth = run.stream().truth();
        Map<String, List<String>> members = new HashMap<>();
        run.predicted().forEach((id, story) -> members.computeIfAbsent(story, k -> new ArrayList<>()).add(id));
        Map<String, Double> loss = new java.util.TreeMap<>();
        for (List<String> story : members.values()) {
            for (String id : story) {
                for (String other : story) {
                    String label = truth.get(id);
                    String otherLabel = truth.get(other);
                    if (label.equals(otherLabel)) {
                        continue;
                    }
                    String kind = (partOf.get(label) == partOf.get(otherLabel) ? "same part" : "other part")
                            + (sharing.contains(pair(label, otherLabel)) ? " sharing an article" : "") + ", "
                            + run.stream().dataset().get(id) + "-" + run.stream().dataset().get(other);
                    loss.merge(kind, 1.0 / story.size(), Double::sum);
                }
            }
        }
        loss.replaceAll((k, v) -> Math.round(v * 10) / 10.0);
        return loss;
    }

    /** The pairs of true clusters that hold one text each (a second copy's id is {@code <id>@<cluster>}). */
    static Set<List<String>> sharingPairs(Map<String, String> truth) {
        Set<List<String>> pairs = new HashSet<>();
        truth.forEach((id, label) -> {
            int at = id.indexOf('@');
            if (at > 0 && truth.containsKey(id.substring(0, at))) {
                pairs.add(pair(label, truth.get(id.substring(0, at))));
            }
        });
        return pairs;
    }

    private static List<String> pair(String a, String b) {
        return a.compareTo(b) <= 0 ? List.of(a, b) : List.of(b, a);
    }

    /** The truth with every two clusters of {@code sharing} made one (the smaller label names both). */
    static Map<String, String> sharedArticlesJoined(Map<String, String> truth, Set<List<String>> sharing) {
        Map<String, String> root = new HashMap<>();
        for (List<String> p : sharing) {
            String a = find(root, p.get(0));
            String b = find(root, p.get(1));
            if (!a.equals(b)) {
                root.put(a.compareTo(b) < 0 ? b : a, a.compareTo(b) < 0 ? a : b);
            }
        }
        Map<String, String> joined = new LinkedHashMap<>();
        truth.forEach((id, label) -> joined.put(id, find(root, label)));
        return joined;
    }

    private static String find(Map<String, String> root, String label) {
        String r = label;
        while (root.containsKey(r)) {
            r = root.get(r);
        }
        return r;
    }

    /** The run's B-cubed recall loss (articles' worth) laid on the arrival causes of {@link SplitErrors}. */
    static Map<Cause, Double> recallByCause(Run run) {
        Map<String, String> truth = run.stream().truth();
        Map<String, List<Candidate>> arrivals = new HashMap<>();
        Map<String, Boolean> ownStarted = new HashMap<>();
        Set<String> started = new HashSet<>();
        for (String line : run.trace()) {
            if (!line.isBlank()) {
                String[] fields = line.split("\t");
                arrivals.put(fields[0], ArrivalErrors.candidates(fields, truth));
                ownStarted.put(fields[0], started.contains(truth.get(fields[0])));
                started.add(truth.get(fields[0]));
            }
        }
        Map<Cause, Double> loss = new EnumMap<>(Cause.class);
        SplitErrors.minorPieceLosses(run.predicted(), truth).forEach((id, share) -> loss.merge(
                SplitErrors.cause(truth.get(id), arrivals.get(id), ownStarted.getOrDefault(id, false)), share,
                Double::sum));
        loss.replaceAll((k, v) -> Math.round(v * 10) / 10.0);
        return loss;
    }

    /** The articles placed on arrival: joined their own cluster's story, another of their part's, the other part's. */
    static String arrivals(Run run, Map<String, DevSplit> partOf) {
        Map<String, String> truth = run.stream().truth();
        int own = 0;
        int samePart = 0;
        int otherPart = 0;
        int started = 0;
        for (String line : run.trace()) {
            if (line.isBlank()) {
                continue;
            }
            String[] fields = line.split("\t");
            Candidate best = SplitErrors.best(ArrivalErrors.candidates(fields, truth), null);
            String label = truth.get(fields[0]);
            if (best == null || best.score() < 0) {
                started++;
            } else if (best.label().equals(label)) {
                own++;
            } else if (partOf.get(best.label()) == partOf.get(label)) {
                samePart++;
            } else {
                otherPart++;
            }
        }
        return String.format(Locale.ROOT, "joined own %d, another of its part %d, of the other part %d, started %d",
                own, samePart, otherPart, started);
    }
}
