package dev.storybrief.eval.clustering;

import dev.storybrief.group.stories.ArticleDates;
import dev.storybrief.group.stories.StoryOptions;
import dev.storybrief.ingest.RawDocument;
import dev.storybrief.util.SharedFolder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * How story grouping's precision falls as a stream holds more stories at once: one part of DUC 2004 + Multi-News,
 * shuffled, cut by clusters into quarters, halves and the whole part (every cluster in exactly one sub-stream of a
 * cut, chosen at random per seed), each sub-stream grouped on its own. Per cut it prints the mean B-cubed precision,
 * recall and F1 of its sub-streams, and the stories alive at once (per article, the true clusters whose articles
 * its window reaches, the undated ones included as the index includes them). A join bar tuned on one size of stream
 * is worth what it is worth on larger ones only if these figures say so; the whole evaluation stream holds twice the
 * stories of a part.
 *
 * <pre>{@code
 * java -cp "eval/target/storybrief-eval.jar:eval/target/lib/*" dev.storybrief.eval.clustering.CompetitionEvaluation \
 *     [--part tuning] [--seeds 8,1,2,3,4] [--cuts 4,2,1] [--shifts -0.25,0,0.25] [grouping options as in
 *     StoryClusteringEvaluation: --model ..., --join X, --small-stories ..., ...]
 * }</pre>
 */
public final class CompetitionEvaluation {

    private CompetitionEvaluation() {
    }

    /** The stream's clusters dealt at random ({@code seed}) into {@code parts} sub-streams of about equal count. */
    static List<ArticleStream> cut(ArticleStream stream, int parts, long seed) {
        List<String> labels = new ArrayList<>(new TreeSet<>(stream.truth().values()));
        Collections.shuffle(labels, new Random(seed * 31 + parts));
        List<ArticleStream> cuts = new ArrayList<>();
        for (int part = 0; part < parts; part++) {
            Set<String> held = new LinkedHashSet<>();
            for (int i = part; i < labels.size(); i += parts) {
                held.add(labels.get(i));
            }
            cuts.add(stream.ofClusters(held));
        }
        return cuts;
    }

    /**
     * The mean, over a stream's articles, of the true clusters that could compete for each: those with an article its
     * window reaches ({@code windowDays}), an undated cluster for every article, and for an undated article only
     * those.
     */
    static double storiesAlive(ArticleStream stream, int windowDays) {
        Map<String, List<Long>> daysOf = new HashMap<>();
        for (RawDocument doc : stream.articles()) {
            daysOf.computeIfAbsent(stream.truth().get(doc.id()), label -> new ArrayList<>())
                    .add(ArticleDates.epochDay(doc));
        }
        double sum = 0;
        for (RawDocument doc : stream.articles()) {
            long day = ArticleDates.epochDay(doc);
            int alive = 0;
            for (List<Long> days : daysOf.values()) {
                boolean reaches = false;
                for (long other : days) {
                    reaches |= !ArticleDates.isDated(other)
                            || ArticleDates.isDated(day) && Math.abs(day - other) <= windowDays;
                }
                alive += reaches ? 1 : 0;
            }
            sum += alive;
        }
        return stream.articles().isEmpty() ? 0 : sum / stream.articles().size();
    }

    /** Prints one line per cut and intercept shift, the means over seeds and sub-streams. */
    public static void main(String[] args) {
        DevSplit part = DevSplit.TUNING;
        List<Long> seeds = List.of(8L, 1L, 2L, 3L, 4L);
        int[] cuts = {4, 2, 1};
        double[] shifts = {0};
        StoryOptions options = StoryOptions.defaults();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--part" -> part = DevSplit.valueOf(args[++i].toUpperCase(Locale.ROOT));
                case "--seeds" -> seeds = Arrays.stream(args[++i].split(",")).map(Long::parseLong).toList();
                case "--cuts" -> cuts = Arrays.stream(args[++i].split(",")).mapToInt(Integer::parseInt).toArray();
                case "--shifts" -> shifts = Arrays.stream(args[++i].split(",")).mapToDouble(Double::parseDouble)
                        .toArray();
                default -> options = StoryClusteringEvaluation.option(args[i], i + 1 < args.length ? args[++i] : "",
                        options);
            }
        }
        Path shared = SharedFolder.require("eval-data").getParent();
        for (int parts : cuts) {
            for (double shift : shifts) {
                StoryOptions shifted = options.withJoin(options.join().shifted(shift));
                double precision = 0;
                double recall = 0;
                double f1 = 0;
                double alive = 0;
                int runs = 0;
                StringBuilder perSeed = new StringBuilder();
                for (long seed : seeds) {
                    double seedF1 = 0;
                    for (ArticleStream sub : cut(StoryClusteringEvaluation.evaluationStream(shared, part, seed), parts,
                            seed)) {
                        ClusteringReport report = StoryClusteringEvaluation.streaming(sub, shifted);
                        precision += report.bcubed().precision();
                        recall += report.bcubed().recall();
                        f1 += report.bcubed().f1();
                        seedF1 += report.bcubed().f1();
                        alive += storiesAlive(sub, shifted.windowDays());
                        runs++;
                    }
                    perSeed.append(String.format(Locale.ROOT, " %.3f", seedF1 / parts));
                }
                System.out.printf(Locale.ROOT, "%s 1/%d, shift %+.3f: alive %.1f; P %.3f R %.3f"
                                + " F1 %.3f (per seed%s)%n", part, parts, shift, alive / runs,
                        precision / runs, recall / runs, f1 / runs, perSeed);
            }
        }
    }
}
