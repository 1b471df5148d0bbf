package dev.storybrief.eval.clustering;

import dev.storybrief.Storybrief;
import dev.storybrief.group.FolderSplit;
import dev.storybrief.group.StoryCohesion;
import dev.storybrief.ingest.RawDocument;
import dev.storybrief.model.Story;
import dev.storybrief.util.SharedFolder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Calibrates and measures {@link StoryCohesion}: every true story of DUC 2004 and the Multi-News sample is briefed
 * with one article of another story slipped in, as a reader who saved one page too many would. Prints how many
 * genuine articles each bar names as apart (a warning, right when the article is a site's notice rather than a report,
 * which Multi-News holds) and how many intruders it catches; {@code --show} lists the genuine ones named apart. Its
 * last lines measure {@link FolderSplit}, the judge of a folder that holds two stories.
 *
 * <pre>{@code
 * java -cp "eval/target/storybrief-eval.jar:eval/target/lib/*" dev.storybrief.eval.clustering.OffTopicEvaluation \
 *     [--part tuning|held_back|all] [--seed 8] [--show BAR]
 * }</pre>
 */
public final class OffTopicEvaluation {
    private static final double[] BARS = {0.02, 0.04, 0.06, 0.08, 0.10, 0.12, 0.15, 0.2, 0.25, 0.3, 0.4};

    private OffTopicEvaluation() {
    }

    /** The genuine articles' and the intruders' cosines with the rest of their story. */
    record Cosines(List<Double> genuine, List<Double> intruders) {
    }

    static Cosines measure(Map<String, List<RawDocument>> clusters, Random random, double showBelow) {
        Storybrief storybrief = Storybrief.builder().build();
        List<String> labels = new ArrayList<>(clusters.keySet());
        List<Double> genuine = new ArrayList<>();
        List<Double> intruders = new ArrayList<>();
        for (String label : labels) {
            String other = label;
            while (other.equals(label)) {
                other = labels.get(random.nextInt(labels.size()));
            }
            List<RawDocument> others = clusters.get(other);
            RawDocument intruder = others.get(random.nextInt(others.size()));
            List<RawDocument> input = new ArrayList<>(clusters.get(label));
            input.add(random.nextInt(input.size() + 1), intruder);
            Story story = storybrief.story(label, input, new ArrayList<>());
            Map<String, Double> cosines = StoryCohesion.ofArticles(story);
            if (showBelow > 0) {
                show(cosines, input, intruder, label, showBelow);
            }
            cosines.forEach((id, cosine) -> (id.equals(intruder.id()) ? intruders : genuine).add(cosine));
        }
        return new Cosines(genuine, intruders);
    }

    /** The genuine articles named apart, with the start of their text: tuning part only. */
    private static void show(Map<String, Double> cosines, List<RawDocument> input, RawDocument intruder, String label,
                             double below) {
        cosines.forEach((id, cosine) -> {
            if (!id.equals(intruder.id()) && cosine < below) {
                String text = input.stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow().text()
                        .replaceAll("\\s+", " ");
                System.out.printf(Locale.ROOT, "  apart %.3f %s %s | %s%n", cosine, label, id, text.substring(0, Math.min(160, text.length())));
            }
        });
    }

    /**
     * How often the story grouper would call one true story several (two or more stories of two or more articles
     * each), and how often it calls two true stories given together several: the case for a note that a folder holds
     * more than one story.
     */
    static void severalStories(Map<String, List<RawDocument>> clusters, Random random) {
        List<String> labels = new ArrayList<>(clusters.keySet());
        int oneSplit = 0;
        int twoFound = 0;
        for (String label : labels) {
            oneSplit += multiArticleStories(clusters.get(label)) >= 2 ? 1 : 0;
            String other = label;
            while (other.equals(label)) {
                other = labels.get(random.nextInt(labels.size()));
            }
            List<RawDocument> both = new ArrayList<>(clusters.get(label));
            both.addAll(clusters.get(other));
            Collections.shuffle(both, random);
            twoFound += multiArticleStories(both) >= 2 ? 1 : 0;
        }
        System.out.printf(Locale.ROOT, "  one true story called several: %d of %d; two true stories called several: %d of %d%n",
                oneSplit, labels.size(), twoFound, labels.size());
    }

    /** Bars on {@link FolderSplit#ratio()} tried for a note that a folder holds two stories. */
    private static final double[] SPLIT_BARS = {0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5};

    /**
     * A stricter judge of "this folder holds several stories" than the grouper: the two-way cut of a folder
     * ({@link FolderSplit}), firing when both parts have two or more articles and the cosine across them is far below
     * the cosine within. Measured on each true story alone (a firing is wrong) and on each true story given together
     * with another (a firing is right), for each bar.
     */
    static void folderSplits(Map<String, List<RawDocument>> clusters, Random random) {
        Storybrief storybrief = Storybrief.builder().build();
        List<String> labels = new ArrayList<>(clusters.keySet());
        List<Double> single = new ArrayList<>();
        List<Double> pairs = new ArrayList<>();
        int pure = 0;
        for (String label : labels) {
            String other = label;
            while (other.equals(label)) {
                other = labels.get(random.nextInt(labels.size()));
            }
            single.add(splitRatio(storybrief.story(label, clusters.get(label), new ArrayList<>())).orElse(1.0));
            List<RawDocument> both = new ArrayList<>(clusters.get(label));
            both.addAll(clusters.get(other));
            Collections.shuffle(both, random);
            Story story = storybrief.story(label + "+" + other, both, new ArrayList<>());
            pairs.add(splitRatio(story).orElse(1.0));
            java.util.Set<String> mine = new java.util.HashSet<>(clusters.get(label).stream().map(RawDocument::id).toList());
            pure += FolderSplit.of(story).filter(f -> f.first().stream().allMatch(mine::contains)
                    || f.first().stream().noneMatch(mine::contains)).isPresent() ? 1 : 0;
        }
        System.out.printf(Locale.ROOT, "  two-way cut: %d of %d folders of two stories cut exactly into their stories%n", pure,
                labels.size());
        for (double bar : SPLIT_BARS) {
            System.out.printf(Locale.ROOT, "  cut ratio < %.2f: one true story called two %d of %d (%.1f%%), two stories caught %d"
                            + " of %d (%.1f%%)%s%n", bar, below(single, bar), single.size(),
                    100.0 * below(single, bar) / single.size(), below(pairs, bar), pairs.size(),
                    100.0 * below(pairs, bar) / pairs.size(), bar == FolderSplit.MAX_RATIO ? "   <- FolderSplit.MAX_RATIO" : "");
        }
    }

    /** The cut's ratio when both parts have two articles or more. */
    private static java.util.Optional<Double> splitRatio(Story story) {
        return FolderSplit.of(story).filter(f -> f.smaller() >= 2).map(FolderSplit::ratio);
    }

    private static long multiArticleStories(List<RawDocument> docs) {
        return new dev.storybrief.group.stories.StoryClusterer().addAll(docs).stories().stream()
                .filter(s -> s.size() >= 2).count();
    }

    private static double percentile(List<Double> values, double p) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get((int) Math.min(sorted.size() - 1, Math.floor(p * sorted.size())));
    }

    private static long below(List<Double> values, double bar) {
        return values.stream().filter(v -> v < bar).count();
    }

    /** Prints the two distributions and, for each bar, false warnings and intruders caught. */
    public static void main(String[] args) {
        DevSplit part = DevSplit.TUNING;
        long seed = StoryClusteringEvaluation.SEED;
        double showBelow = 0;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--part" -> part = DevSplit.valueOf(args[++i].toUpperCase(java.util.Locale.ROOT));
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--show" -> showBelow = Double.parseDouble(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Map<String, List<RawDocument>> clusters = SmallStreamEvaluation.byCluster(StoryClusteringEvaluation
                .evaluationStream(SharedFolder.require("eval-data").getParent(), part, seed));
        if (showBelow > 0 && part != DevSplit.TUNING) {
            throw new IllegalArgumentException("--show prints articles: tuning part only");
        }
        Cosines c = measure(clusters, new Random(seed), showBelow);
        severalStories(clusters, new Random(seed));
        folderSplits(clusters, new Random(seed));
        System.out.printf(Locale.ROOT, "%s part, seed %d: %d stories, %d genuine articles, %d intruders%n", part, seed,
                clusters.size(), c.genuine().size(), c.intruders().size());
        for (double p : new double[] {0.01, 0.05, 0.5}) {
            System.out.printf(Locale.ROOT, "  genuine p%02.0f %.3f%n", p * 100, percentile(c.genuine(), p));
        }
        for (double p : new double[] {0.5, 0.95, 0.99}) {
            System.out.printf(Locale.ROOT, "  intruder p%02.0f %.3f%n", p * 100, percentile(c.intruders(), p));
        }
        for (double bar : BARS) {
            System.out.printf(Locale.ROOT, "  bar %.2f: genuine named apart %d of %d (%.1f%%), intruders caught %d of %d (%.1f%%)%s%n",
                    bar, below(c.genuine(), bar), c.genuine().size(), 100.0 * below(c.genuine(), bar) / c.genuine().size(),
                    below(c.intruders(), bar), c.intruders().size(), 100.0 * below(c.intruders(), bar) / c.intruders().size(),
                    bar == StoryCohesion.MIN_COSINE ? "   <- StoryCohesion.MIN_COSINE" : "");
        }
    }
}
