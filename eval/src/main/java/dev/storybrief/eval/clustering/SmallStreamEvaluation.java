package dev.storybrief.eval.clustering;

import dev.storybrief.group.stories.StoryClusterer;
import dev.storybrief.group.stories.StoryGroup;
import dev.storybrief.group.stories.StoryOptions;
import dev.storybrief.ingest.RawDocument;
import dev.storybrief.util.SharedFolder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Story grouping on the small inputs a reader gives the command line: a few stories' articles, or one article each of
 * a few stories, drawn from DUC 2004 and the Multi-News sample. The whole evaluation stream holds 801 articles, so the
 * word weights the grouping learns from it are sound; a folder of two dozen articles gives them little to learn from,
 * and this measures what that costs.
 *
 * <pre>{@code
 * java -cp "eval/target/storybrief-eval.jar:eval/target/lib/*" dev.storybrief.eval.clustering.SmallStreamEvaluation \
 *     [--part tuning] [--samples 30] [--seed 8] [--small-stories SIZE,BAR[,LEAD]] [--refine ROUNDS,MARGIN]
 * }</pre>
 */
public final class SmallStreamEvaluation {
    private static final int[] STORIES = {2, 4, 8, 16};

    private SmallStreamEvaluation() {
    }

    /**
     * B-cubed of {@code samples} inputs of {@code stories} true clusters each, drawn from {@code clusters}: whole
     * clusters, or one article of each when {@code oneEach}. Means of precision, recall and F1.
     */
    static BCubed.BCubedScore sample(Map<String, List<RawDocument>> clusters, int stories, boolean oneEach,
                                     int samples, Random random, StoryOptions options) {
        double precision = 0;
        double recall = 0;
        double f1 = 0;
        List<String> labels = new ArrayList<>(clusters.keySet());
        for (int s = 0; s < samples; s++) {
            Collections.shuffle(labels, random);
            List<RawDocument> input = new ArrayList<>();
            Map<String, String> truth = new LinkedHashMap<>();
            for (String label : labels.subList(0, stories)) {
                List<RawDocument> members = clusters.get(label);
                for (RawDocument doc : oneEach ? List.of(members.get(random.nextInt(members.size()))) : members) {
                    input.add(doc);
                    truth.put(doc.id(), label);
                }
            }
            Collections.shuffle(input, random);
            List<StoryGroup> found = new StoryClusterer(options).addAll(input).stories();
            BCubed.BCubedScore score = BCubed.score(StoryClusteringEvaluation.storyOfArticle(found), truth);
            precision += score.precision();
            recall += score.recall();
            f1 += score.f1();
        }
        return new BCubed.BCubedScore(precision / samples, recall / samples, f1 / samples);
    }

    /**
     * B-cubed of {@code samples} desk days: every dated article of {@code clusters} published within a window of
     * {@code days} days starting on a random day of the articles' span, in a random order. A desk's day is many stories
     * of the same days, most told once or twice, often of one kind (two Middle East stories, three election races):
     * unlike whole clusters or one article each of clusters drawn from months and years apart.
     */
    static BCubed.BCubedScore deskDays(Map<String, List<RawDocument>> clusters, int days, int samples, Random random,
                                       StoryOptions options) {
        List<RawDocument> dated = new ArrayList<>();
        Map<String, String> labelOf = new LinkedHashMap<>();
        clusters.forEach((label, members) -> members.forEach(doc -> {
            if (dev.storybrief.group.stories.ArticleDates.isDated(dev.storybrief.group.stories.ArticleDates.epochDay(doc))) {
                dated.add(doc);
                labelOf.put(doc.id(), label);
            }
        }));
        long first = dated.stream().mapToLong(dev.storybrief.group.stories.ArticleDates::epochDay).min().orElse(0);
        long last = dated.stream().mapToLong(dev.storybrief.group.stories.ArticleDates::epochDay).max().orElse(0);
        double precision = 0;
        double recall = 0;
        double f1 = 0;
        double articles = 0;
        double stories = 0;
        for (int s = 0; s < samples; ) {
            long start = first + random.nextInt((int) Math.max(1, last - first - days + 2));
            List<RawDocument> input = new ArrayList<>();
            Map<String, String> truth = new LinkedHashMap<>();
            for (RawDocument doc : dated) {
                long day = dev.storybrief.group.stories.ArticleDates.epochDay(doc);
                if (day >= start && day < start + days) {
                    input.add(doc);
                    truth.put(doc.id(), labelOf.get(doc.id()));
                }
            }
            if (input.size() < 2) {
                continue; // a day with no news is no desk day
            }
            s++;
            Collections.shuffle(input, random);
            List<StoryGroup> found = new StoryClusterer(options).addAll(input).stories();
            BCubed.BCubedScore score = BCubed.score(StoryClusteringEvaluation.storyOfArticle(found), truth);
            precision += score.precision();
            recall += score.recall();
            f1 += score.f1();
            articles += input.size();
            stories += new java.util.HashSet<>(truth.values()).size();
        }
        System.out.printf(Locale.ROOT, "  (desk days of %d days: %.1f articles, %.1f true stories on average)%n", days,
                articles / samples, stories / samples);
        return new BCubed.BCubedScore(precision / samples, recall / samples, f1 / samples);
    }

    /** The articles of the stream by true cluster. */
    static Map<String, List<RawDocument>> byCluster(ArticleStream stream) {
        Map<String, List<RawDocument>> clusters = new LinkedHashMap<>();
        for (RawDocument doc : stream.articles()) {
            clusters.computeIfAbsent(stream.truth().get(doc.id()), k -> new ArrayList<>()).add(doc);
        }
        return clusters;
    }

    /** Prints one line per input size, whole clusters and one article each. */
    public static void main(String[] args) {
        DevSplit part = DevSplit.TUNING;
        int samples = 30;
        long seed = StoryClusteringEvaluation.SEED;
        StoryOptions options = StoryOptions.defaults();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--part" -> part = DevSplit.valueOf(args[++i].toUpperCase(java.util.Locale.ROOT));
                case "--samples" -> samples = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                default -> options = StoryClusteringEvaluation.option(args[i], i + 1 < args.length ? args[++i] : "", options);
            }
        }
        Map<String, List<RawDocument>> clusters = byCluster(StoryClusteringEvaluation.evaluationStream(
                SharedFolder.require("eval-data").getParent(), part, seed));
        for (int days : new int[] {1, 3, 7}) {
            BCubed.BCubedScore score = deskDays(clusters, days, samples, new Random(seed), options);
            System.out.printf(Locale.ROOT, "%s part, desk days of %d days: B-cubed P %.3f R %.3f F1 %.3f (%d samples)%n", part, days,
                    score.precision(), score.recall(), score.f1(), samples);
        }
        if (System.getProperty("desk.only") != null) {
            return;
        }
        for (boolean oneEach : new boolean[] {false, true}) {
            for (int stories : STORIES) {
                BCubed.BCubedScore score = sample(clusters, stories, oneEach, samples, new Random(seed), options);
                System.out.printf(Locale.ROOT, "%s part, %2d stories, %s: B-cubed P %.3f R %.3f F1 %.3f (%d samples)%n", part,
                        stories, oneEach ? "one article each" : "whole clusters", score.precision(), score.recall(),
                        score.f1(), samples);
            }
        }
    }
}
