package dev.storybrief.eval.clustering;

import dev.storybrief.group.stories.StoryClusterer;
import dev.storybrief.group.stories.StoryGroup;
import dev.storybrief.group.stories.StoryOptions;
import dev.storybrief.ingest.MetaKey;
import dev.storybrief.ingest.RawDocument;
import dev.storybrief.util.SharedFolder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Prints the errors of one grouping run on the <em>tuning</em> part only (held-out discipline: the held-back part is a
 * gate, never looked at): each story that mixes true clusters with its members' titles, each true cluster split
 * over stories, and how much B-cubed precision and recall the two kinds cost, in articles' worth.
 *
 * <pre>{@code
 * java -cp ... dev.storybrief.eval.clustering.GroupingErrors [--ecbplus] [--seed 8] [--part tuning|all]
 *     [--quarter 0|1] [--brief] [--read raw|marked|cleaned]
 *     [--small-stories SIZE,BAR[,LEAD]] [--refine ROUNDS,MARGIN]
 * }</pre>
 *
 * <p>{@code --quarter} keeps every other true cluster of the tuning part (sorted by label), so that the errors of a
 * stream with half as many stories can be set beside the whole part's: what grows as a stream holds more stories.
 * {@code --brief} prints only the scores. {@code --read} says how the grouper reads each article ({@link Read}). {@code --part all} groups the whole set, as the published figures do, and
 * prints the errors that touch the tuning part's clusters only: the held-back articles in them are counted, never
 * shown (what a stream twice as large joins that its tuning half does not).
 */
public final class GroupingErrors {
    private GroupingErrors() {
    }

    /** Runs the grouping (default options unless given) on the tuning part and prints its errors. */
    public static void main(String[] args) {
        long seed = StoryClusteringEvaluation.SEED;
        boolean ecbPlus = false;
        int quarter = -1;
        boolean brief = false;
        Read read = Read.RAW;
        DevSplit part = DevSplit.TUNING;
        StoryOptions options = StoryOptions.defaults();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--ecbplus" -> ecbPlus = true;
                case "--quarter" -> quarter = Integer.parseInt(args[++i]);
                case "--brief" -> brief = true;
                case "--read" -> read = Read.valueOf(args[++i].toUpperCase(java.util.Locale.ROOT));
                case "--part" -> part = DevSplit.valueOf(args[++i].toUpperCase(java.util.Locale.ROOT));
                default -> options = StoryClusteringEvaluation.option(args[i], i + 1 < args.length ? args[++i] : "",
                        options);
            }
        }
        Path shared = SharedFolder.require("eval-data").getParent();
        if (part == DevSplit.HELD_BACK) {
            System.err.println("--part held_back: the held-back part is a gate, its errors are never printed"
                    + " (use tuning or all)");
            System.exit(2);
        }
        ArticleStream stream = streamOf(shared, ecbPlus, part, seed);
        java.util.Set<String> shown = new java.util.HashSet<>(streamOf(shared, ecbPlus, DevSplit.TUNING, seed)
                .truth().values());
        if (quarter >= 0) {
            stream = quarterOf(stream, quarter);
        }
        List<RawDocument> articles = read.of(stream.articles());
        List<StoryGroup> stories = new StoryClusterer(options).addAll(articles).stories();
        Map<String, RawDocument> byId = new LinkedHashMap<>();
        stream.articles().forEach(doc -> byId.put(doc.id(), doc));
        ClusteringReport report = StoryClusteringEvaluation.report(stream, stories, 0, 0);
        System.out.printf(Locale.ROOT, "P %.3f R %.3f F1 %.3f%n", report.bcubed().precision(), report.bcubed().recall(),
                report.bcubed().f1());
        if (!brief) {
            print(stories, stream.truth(), byId, shown);
        }
    }

    /**
     * How the grouper reads each article: {@code raw}, the data set's text as it is (the published figures);
     * {@code marked}, that text with the kind the clean stage finds ({@code MetaKey.KIND}: a page that is no article
     * is kept apart, issue 17); {@code cleaned}, the text {@code storybrief stories} groups
     * ({@code FoundDocument.forGrouping}: cleaned, under its headline, with its kind).
     */
    enum Read {
        RAW, MARKED, CLEANED;

        List<RawDocument> of(List<RawDocument> articles) {
            if (this == RAW) {
                return articles;
            }
            dev.storybrief.clean.FoundMetadata found = new dev.storybrief.clean.FoundMetadata(
                    new dev.storybrief.clean.ArticleCleaner());
            return articles.stream().map(doc -> {
                RawDocument grouped = found.find(doc).forGrouping();
                if (this == CLEANED) {
                    return grouped;
                }
                String kind = grouped.meta(dev.storybrief.ingest.MetaKey.KIND);
                if (kind == null) {
                    return doc;
                }
                java.util.Map<dev.storybrief.ingest.MetaKey, String> meta = new java.util.EnumMap<>(
                        dev.storybrief.ingest.MetaKey.class);
                meta.putAll(doc.meta());
                meta.put(dev.storybrief.ingest.MetaKey.KIND, kind);
                return new RawDocument(doc.id(), doc.path(), doc.format(), doc.text(), meta);
            }).toList();
        }
    }

    private static ArticleStream streamOf(Path shared, boolean ecbPlus, DevSplit part, long seed) {
        return ecbPlus ? EcbPlus.load(shared.resolve("eval-data/ecbplus/articles.jsonl")).part(part).stream(seed)
                : StoryClusteringEvaluation.evaluationStream(shared, part, seed);
    }

    /** Every other true cluster of the tuning part (sorted labels), to see what grows when a stream holds more. */
    private static ArticleStream quarterOf(ArticleStream stream, int quarter) {
        List<String> labels = new ArrayList<>(new java.util.TreeSet<>(stream.truth().values()));
        java.util.Set<String> kept = new java.util.HashSet<>();
        for (int i = quarter; i < labels.size(); i += 2) {
            kept.add(labels.get(i));
        }
        return stream.ofClusters(kept);
    }

    /** Prints the errors; only clusters in {@code shown} (the tuning part's) are named and their articles shown. */
    private static void print(List<StoryGroup> stories, Map<String, String> truth, Map<String, RawDocument> byId,
                              java.util.Set<String> shown) {
        Map<String, Map<String, List<String>>> storyLabels = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> labelStories = new TreeMap<>();
        for (StoryGroup story : stories) {
            Map<String, List<String>> labels = new TreeMap<>();
            story.allIds().forEach(id -> labels.computeIfAbsent(truth.get(id), k -> new ArrayList<>()).add(id));
            storyLabels.put(story.id(), labels);
            labels.forEach((label, ids) -> labelStories.computeIfAbsent(label, k -> new LinkedHashMap<>())
                    .put(story.id(), ids.size()));
        }
        double precisionLoss = 0;
        System.out.println("== stories mixing true clusters");
        for (Map.Entry<String, Map<String, List<String>>> story : storyLabels.entrySet()) {
            Map<String, List<String>> labels = story.getValue();
            if (labels.size() < 2 || labels.keySet().stream().noneMatch(shown::contains)) {
                continue;
            }
            int size = labels.values().stream().mapToInt(List::size).sum();
            double loss = 0;
            for (List<String> ids : labels.values()) {
                loss += ids.size() * (1 - ids.size() / (double) size);
            }
            precisionLoss += loss;
            System.out.printf(Locale.ROOT, "%s (%d articles, precision loss %.1f)%n", story.getKey(), size, loss);
            labels.forEach((label, ids) -> {
                if (!shown.contains(label)) {
                    System.out.printf(Locale.ROOT, "  (held back) x%d%n", ids.size());
                    return;
                }
                System.out.printf(Locale.ROOT, "  %s x%d%n", label, ids.size());
                ids.stream().limit(4).forEach(id -> System.out.println("      " + describe(byId.get(id))));
            });
        }
        double recallLoss = 0;
        System.out.println("== true clusters split over stories");
        for (Map.Entry<String, Map<String, Integer>> label : labelStories.entrySet()) {
            if (label.getValue().size() < 2 || !shown.contains(label.getKey())) {
                continue;
            }
            int size = label.getValue().values().stream().mapToInt(Integer::intValue).sum();
            double loss = 0;
            for (int part : label.getValue().values()) {
                loss += part * (1 - part / (double) size);
            }
            recallLoss += loss;
            System.out.printf(Locale.ROOT, "%s %s recall loss %.1f%n", label.getKey(), label.getValue(), loss);
            for (String storyId : label.getValue().keySet()) {
                storyLabels.get(storyId).get(label.getKey()).stream().limit(3)
                        .forEach(id -> System.out.println("    " + storyId + " " + describe(byId.get(id))));
            }
        }
        System.out.printf(Locale.ROOT, "precision loss %.1f, recall loss %.1f articles' worth of %d (stories and clusters touching"
                + " the tuning part)%n", precisionLoss, recallLoss, truth.size());
    }

    private static String describe(RawDocument doc) {
        String title = doc.meta(MetaKey.TITLE);
        String text = (title == null ? "" : title + " | ") + doc.text().replaceAll("\\s+", " ");
        String date = doc.meta(MetaKey.PUBLISHED);
        return (date == null ? "undated" : date) + " " + text.substring(0, Math.min(110, text.length()));
    }
}
