package dev.storybrief.eval.clustering;

import dev.storybrief.group.stories.StoryClusterer;
import dev.storybrief.group.stories.StoryGroup;
import dev.storybrief.group.stories.StoryOptions;
import dev.storybrief.ingest.MetaKey;
import dev.storybrief.ingest.RawDocument;
import dev.storybrief.util.SharedFolder;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * What grows with the stream, on one part only: the part's stream set beside sub-streams of it (a random half and a
 * random quarter of its true clusters, per data set, in the part's own arrival order). Each sub-stream is grouped
 * alone, and the part's grouping is scored on the sub-stream's articles only: when that restricted score is as good as
 * the sub-stream's own, the part loses only by joining the sub-stream's clusters with the others (twins); when it is
 * worse, the other stories' presence changes how the sub-stream's own articles are grouped.
 *
 * <pre>{@code
 * java -cp ... dev.storybrief.eval.clustering.ScaleDiagnosis [--ecbplus] [--seeds 8,1,2,3,4] [--part tuning]
 *     [--subs 4] [--whole-on-tuning] [grouping options of StoryClusteringEvaluation]
 * }</pre>
 *
 * <p>Also prints, for the part's grouping, the wrong pairs (two articles of different true clusters in one story) by
 * how many days apart the two were published, and the missed pairs (one true cluster, two stories). The held-back
 * part is refused: it is a gate. {@code --whole-on-tuning} groups the whole set and reads it on the tuning part's
 * articles only (see {@link #wholeOnTuning}).
 */
public final class ScaleDiagnosis {
    private ScaleDiagnosis() {
    }

    /** Runs the diagnosis. */
    public static void main(String[] args) {
        List<Long> seeds = List.of(8L, 1L, 2L, 3L, 4L);
        boolean ecbPlus = false;
        int subs = 4;
        boolean wholeOnTuning = false;
        DevSplit part = DevSplit.TUNING;
        StoryOptions options = StoryOptions.defaults();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--seeds" -> seeds = java.util.Arrays.stream(args[++i].split(",")).map(Long::parseLong).toList();
                case "--ecbplus" -> ecbPlus = true;
                case "--subs" -> subs = Integer.parseInt(args[++i]);
                case "--whole-on-tuning" -> wholeOnTuning = true;
                case "--part" -> part = DevSplit.valueOf(args[++i].toUpperCase(java.util.Locale.ROOT));
                default -> options = StoryClusteringEvaluation.option(args[i], i + 1 < args.length ? args[++i] : "",
                        options);
            }
        }
        if (part != DevSplit.TUNING && !wholeOnTuning) {
            System.err.println("ScaleDiagnosis reads the tuning part only");
            System.exit(2);
        }
        Path shared = SharedFolder.require("eval-data").getParent();
        if (wholeOnTuning) {
            wholeOnTuning(shared, ecbPlus, seeds, options);
            return;
        }
        double[][] sums = new double[3][6];
        int[] runs = new int[3];
        for (long seed : seeds) {
            ArticleStream stream = ecbPlus
                    ? EcbPlus.load(shared.resolve("eval-data/ecbplus/articles.jsonl")).part(part).stream(seed)
                    : StoryClusteringEvaluation.evaluationStream(shared, part, seed);
            Map<String, String> whole = predict(stream.articles(), options);
            BCubed.BCubedScore all = BCubed.score(whole, stream.truth());
            System.out.printf(Locale.ROOT, "seed %d, whole part (%d articles): P %.3f R %.3f F1 %.3f%n", seed,
                    stream.articles().size(), all.precision(), all.recall(), all.f1());
            add(sums[0], all, all);
            runs[0]++;
            pairs(stream, whole);
            int[] fractions = {2, 4};
            for (int f = 0; f < fractions.length; f++) {
                for (int k = 0; k < subs; k++) {
                    ArticleStream sub = subStream(stream, fractions[f], new Random(seed * 1000 + 17L * k + f));
                    BCubed.BCubedScore alone = BCubed.score(predict(sub.articles(), options), sub.truth());
                    Map<String, String> restricted = new LinkedHashMap<>();
                    sub.truth().keySet().forEach(id -> restricted.put(id, whole.get(id)));
                    BCubed.BCubedScore inWhole = BCubed.score(restricted, sub.truth());
                    System.out.printf(Locale.ROOT, "  1/%d #%d (%d articles): alone P %.3f R %.3f F1 %.3f | in the whole"
                                    + " P %.3f R %.3f F1 %.3f%n", fractions[f], k, sub.articles().size(),
                            alone.precision(), alone.recall(), alone.f1(), inWhole.precision(), inWhole.recall(),
                            inWhole.f1());
                    add(sums[f + 1], alone, inWhole);
                    runs[f + 1]++;
                }
            }
        }
        String[] names = {"whole part", "halves", "quarters"};
        for (int r = 0; r < 3; r++) {
            double[] s = sums[r];
            int n = runs[r];
            System.out.printf(Locale.ROOT, "mean %s: alone P %.3f R %.3f F1 %.3f | in the whole P %.3f R %.3f F1 %.3f%n", names[r],
                    s[0] / n, s[1] / n, s[2] / n, s[3] / n, s[4] / n, s[5] / n);
        }
    }

    /**
     * Groups the whole set (both parts) and reads the grouping on the tuning part's articles only: B-cubed against the
     * tuning part's clusters on those articles (the held-back articles left out, their clusters never read), and the
     * mean share of a tuning article's story that is held-back articles (merges across the parts). Beside it, the
     * same two figures for two random halves of the tuning part's clusters within the tuning part's grouping: the
     * merges across two halves drawn at random, against the merges across the set's own two parts.
     */
    private static void wholeOnTuning(Path shared, boolean ecbPlus, List<Long> seeds, StoryOptions options) {
        double across = 0;
        double acrossHalves = 0;
        for (long seed : seeds) {
            ArticleStream tuning = streamOf(shared, ecbPlus, DevSplit.TUNING, seed);
            // the tuning articles keep the order of the tuning stream, so that only the held-back articles among them
            // differ from the run on the tuning part alone (a whole set shuffled with the same seed is another order)
            List<RawDocument> all = interleaved(tuning.articles(),
                    streamOf(shared, ecbPlus, DevSplit.HELD_BACK, seed).articles(), new Random(seed));
            Map<String, String> whole = predict(all, options);
            Map<String, String> restricted = new LinkedHashMap<>();
            tuning.truth().keySet().forEach(id -> restricted.put(id, whole.get(id)));
            BCubed.BCubedScore onTuning = BCubed.score(restricted, tuning.truth());
            double share = foreignShare(whole, tuning.truth().keySet());
            Map<String, String> alone = predict(tuning.articles(), options);
            BCubed.BCubedScore tuningAlone = BCubed.score(alone, tuning.truth());
            double halves = 0;
            for (int k = 0; k < 4; k++) {
                ArticleStream half = subStream(tuning, 2, new Random(seed * 1000 + 17L * k));
                halves += foreignShare(alone, half.truth().keySet()) / 4;
            }
            across += share;
            acrossHalves += halves;
            StringBuilder sets = new StringBuilder();
            for (String name : new TreeSet<>(tuning.dataset().values())) {
                Map<String, String> truth = tuning.truthOf(name);
                Map<String, String> mine = new LinkedHashMap<>();
                Map<String, String> mineAlone = new LinkedHashMap<>();
                truth.keySet().forEach(id -> {
                    mine.put(id, whole.get(id));
                    mineAlone.put(id, alone.get(id));
                });
                BCubed.BCubedScore a = BCubed.score(mineAlone, truth);
                BCubed.BCubedScore w = BCubed.score(mine, truth);
                sets.append(String.format(Locale.ROOT, "%n  %s: alone P %.3f R %.3f F1 %.3f | in the whole P %.3f R %.3f F1 %.3f;"
                                + " held-back share %.3f", name, a.precision(), a.recall(), a.f1(), w.precision(),
                        w.recall(), w.f1(), foreignShare(whole, truth.keySet())));
            }
            System.out.printf(Locale.ROOT, "seed %d: tuning alone P %.3f R %.3f F1 %.3f | tuning articles in the whole set's"
                            + " grouping P %.3f R %.3f F1 %.3f; held-back share of a tuning article's story %.3f;"
                            + " other half's share of a random half's article's story (tuning alone) %.3f%n  ", seed,
                    tuningAlone.precision(), tuningAlone.recall(), tuningAlone.f1(), onTuning.precision(),
                    onTuning.recall(), onTuning.f1(), share, halves);
            System.out.println(sets.toString().strip());
        }
        System.out.printf(Locale.ROOT, "mean share across the set's parts %.3f, across random halves of the tuning part %.3f%n",
                across / seeds.size(), acrossHalves / seeds.size());
    }

    private static ArticleStream streamOf(Path shared, boolean ecbPlus, DevSplit part, long seed) {
        return ecbPlus ? EcbPlus.load(shared.resolve("eval-data/ecbplus/articles.jsonl")).part(part).stream(seed)
                : StoryClusteringEvaluation.evaluationStream(shared, part, seed);
    }

    /** Both lists in one, each in its own order, the next article drawn from either in proportion to what is left. */
    static List<RawDocument> interleaved(List<RawDocument> first, List<RawDocument> second, Random random) {
        List<RawDocument> merged = new ArrayList<>(first.size() + second.size());
        int i = 0;
        int j = 0;
        while (i < first.size() || j < second.size()) {
            int left = first.size() - i + second.size() - j;
            merged.add(random.nextInt(left) < first.size() - i ? first.get(i++) : second.get(j++));
        }
        return merged;
    }

    /** The mean, over the articles of {@code inside}, of the share of their story that lies outside it. */
    private static double foreignShare(Map<String, String> predicted, Set<String> inside) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        predicted.forEach((id, story) -> counts.computeIfAbsent(story, k -> new int[2])[inside.contains(id) ? 0 : 1]++);
        double sum = 0;
        for (String id : inside) {
            int[] c = counts.get(predicted.get(id));
            sum += c[1] / (double) (c[0] + c[1]);
        }
        return sum / inside.size();
    }

    private static void add(double[] sum, BCubed.BCubedScore alone, BCubed.BCubedScore inWhole) {
        sum[0] += alone.precision();
        sum[1] += alone.recall();
        sum[2] += alone.f1();
        sum[3] += inWhole.precision();
        sum[4] += inWhole.recall();
        sum[5] += inWhole.f1();
    }

    /** Each article's story id. */
    static Map<String, String> predict(List<RawDocument> articles, StoryOptions options) {
        List<StoryGroup> stories = new StoryClusterer(options).addAll(articles).stories();
        return StoryClusteringEvaluation.storyOfArticle(stories);
    }

    /** A random {@code 1/denominator} of each data set's true clusters, in the stream's own order. */
    static ArticleStream subStream(ArticleStream stream, int denominator, Random random) {
        Map<String, List<String>> labelsBySet = new LinkedHashMap<>();
        for (String label : new TreeSet<>(stream.truth().values())) {
            String id = stream.truth().entrySet().stream().filter(e -> e.getValue().equals(label)).findFirst()
                    .orElseThrow().getKey();
            labelsBySet.computeIfAbsent(stream.dataset().get(id), k -> new ArrayList<>()).add(label);
        }
        Set<String> kept = new HashSet<>();
        labelsBySet.values().forEach(labels -> {
            List<String> shuffled = new ArrayList<>(labels);
            Collections.shuffle(shuffled, random);
            kept.addAll(shuffled.subList(0, Math.max(1, Math.round(labels.size() / (float) denominator))));
        });
        return stream.ofClusters(kept);
    }

    /** Wrong and missed pairs of a grouping, wrong ones by the days between the two articles. */
    private static void pairs(ArticleStream stream, Map<String, String> predicted) {
        Map<String, RawDocument> byId = new LinkedHashMap<>();
        stream.articles().forEach(d -> byId.put(d.id(), d));
        List<String> ids = new ArrayList<>(predicted.keySet());
        int[] wrongByGap = new int[5];
        int missed = 0;
        int right = 0;
        for (int i = 0; i < ids.size(); i++) {
            for (int j = i + 1; j < ids.size(); j++) {
                String a = ids.get(i);
                String b = ids.get(j);
                boolean same = stream.truth().get(a).equals(stream.truth().get(b));
                boolean together = predicted.get(a).equals(predicted.get(b));
                if (same && together) {
                    right++;
                } else if (same) {
                    missed++;
                } else if (together) {
                    wrongByGap[gapClass(byId.get(a), byId.get(b))]++;
                }
            }
        }
        System.out.printf(Locale.ROOT, "  pairs: right %d, missed %d, wrong %d (undated %d, 0-3 days %d, 4-10 %d, 11-30 %d,"
                        + " over 30 %d)%n", right, missed, java.util.Arrays.stream(wrongByGap).sum(), wrongByGap[0],
                wrongByGap[1], wrongByGap[2], wrongByGap[3], wrongByGap[4]);
    }

    private static int gapClass(RawDocument a, RawDocument b) {
        String da = a.meta(MetaKey.PUBLISHED);
        String db = b.meta(MetaKey.PUBLISHED);
        if (da == null || db == null || da.length() < 10 || db.length() < 10) {
            return 0;
        }
        long gap = Math.abs(LocalDate.parse(da.substring(0, 10)).toEpochDay()
                - LocalDate.parse(db.substring(0, 10)).toEpochDay());
        return gap <= 3 ? 1 : gap <= 10 ? 2 : gap <= 30 ? 3 : 4;
    }
}
