package dev.storybrief.eval.clustering;

import dev.storybrief.eval.clustering.ArrivalErrors.Candidate;
import dev.storybrief.group.stories.StoryGroup;
import dev.storybrief.ingest.MetaKey;
import dev.storybrief.ingest.RawDocument;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Tells why the true clusters of the <em>tuning</em> part are split over several stories (recall, issue 17): the
 * grouping runs with core's arrival trace, and every article outside its cluster's largest piece is set beside what
 * happened when it arrived: it joined a story an article of its own cluster had started (the piece itself, when two
 * stories of one cluster grew side by side and never met, or one it was moved out of later by the placing again or a
 * split), it started a story though its own cluster's story was a candidate (how far below the bar it
 * scored, and the words, names and places cosines there), its own cluster's story was not among the candidates (not
 * found: other words, or outside the window), it joined another cluster's story, or it was not placed on arrival at all
 * (a copy or a page template). The losses are summed by that cause in articles' worth of B-cubed recall.
 *
 * <pre>{@code java ... SplitErrors [--ecbplus] [--seed 8]}</pre>
 */
public final class SplitErrors {
    private SplitErrors() {
    }

    /** What happened on arrival to an article that ended outside its cluster's largest piece. */
    enum Cause {
        JOINED_OWN_CLUSTER, OWN_BELOW_BAR, OWN_NOT_FOUND, FIRST_OF_CLUSTER, JOINED_OTHER, NOT_TRACED
    }

    /**
     * The cause of one article's arrival, against the truth.
     *
     * @param own the article's true cluster
     * @param candidates its traced candidates, or null when it was not traced
     * @param ownStarted whether an earlier traced article of its cluster had arrived
     */
    static Cause cause(String own, List<Candidate> candidates, boolean ownStarted) {
        if (candidates == null) {
            return Cause.NOT_TRACED;
        }
        Candidate best = best(candidates, null);
        if (best != null && best.score() >= 0) {
            return best.label().equals(own) ? Cause.JOINED_OWN_CLUSTER : Cause.JOINED_OTHER;
        }
        if (best(candidates, own) != null) {
            return Cause.OWN_BELOW_BAR;
        }
        return ownStarted ? Cause.OWN_NOT_FOUND : Cause.FIRST_OF_CLUSTER;
    }

    /** The best-scoring candidate, of {@code label} only when it is not null; null when there is none. */
    static Candidate best(List<Candidate> candidates, String label) {
        return candidates.stream().filter(c -> label == null || label.equals(c.label()))
                .max(Comparator.comparingDouble(Candidate::score)).orElse(null);
    }

    /** Groups the tuning part with the trace on and prints each split cluster's pieces and the losses by cause. */
    public static void main(String[] args) throws IOException {
        TracedTuningRun run = TracedTuningRun.of("SplitErrors", args);
        ArticleStream stream = run.stream();
        List<StoryGroup> stories = run.stories();
        Map<String, String> truth = stream.truth();
        Map<String, List<Candidate>> arrivals = new HashMap<>();
        Map<String, Boolean> ownStarted = new HashMap<>();
        Set<String> started = new HashSet<>();
        for (String line : run.trace()) {
            if (line.isBlank()) {
                continue;
            }
            String[] fields = line.split("\t");
            arrivals.put(fields[0], ArrivalErrors.candidates(fields, truth));
            ownStarted.put(fields[0], started.contains(truth.get(fields[0])));
            started.add(truth.get(fields[0]));
        }
        Map<String, RawDocument> byId = new LinkedHashMap<>();
        stream.articles().forEach(doc -> byId.put(doc.id(), doc));
        print(stories, truth, byId, arrivals, ownStarted);
    }

    private static void print(List<StoryGroup> stories, Map<String, String> truth, Map<String, RawDocument> byId,
                              Map<String, List<Candidate>> arrivals, Map<String, Boolean> ownStarted) {
        Map<String, Map<String, List<String>>> pieces = new java.util.TreeMap<>();
        Map<String, Integer> storySize = new HashMap<>();
        for (StoryGroup story : stories) {
            storySize.put(story.id(), story.allIds().size());
            story.allIds().forEach(id -> pieces.computeIfAbsent(truth.get(id), k -> new LinkedHashMap<>())
                    .computeIfAbsent(story.id(), k -> new ArrayList<>()).add(id));
        }
        Map<Cause, Double> lossBy = new EnumMap<>(Cause.class);
        double total = 0;
        for (Map.Entry<String, Map<String, List<String>>> cluster : pieces.entrySet()) {
            if (cluster.getValue().size() < 2) {
                continue;
            }
            List<Map.Entry<String, List<String>>> parts = new ArrayList<>(cluster.getValue().entrySet());
            parts.sort(Comparator.comparingInt((Map.Entry<String, List<String>> e) -> -e.getValue().size()));
            int size = parts.stream().mapToInt(e -> e.getValue().size()).sum();
            double loss = 0;
            StringBuilder sizes = new StringBuilder();
            for (Map.Entry<String, List<String>> part : parts) {
                loss += part.getValue().size() * (1 - part.getValue().size() / (double) size);
                sizes.append(sizes.isEmpty() ? "" : " + ").append(part.getValue().size());
            }
            total += loss;
            double minorShares = 0;
            for (Map.Entry<String, List<String>> part : parts.subList(1, parts.size())) {
                minorShares += part.getValue().size() * (1 - part.getValue().size() / (double) size);
            }
            System.out.printf(Locale.ROOT, "%s (%s) recall loss %.1f; largest piece %s%n", cluster.getKey(), sizes,
                    loss, span(parts.get(0).getValue(), byId));
            for (Map.Entry<String, List<String>> part : parts.subList(1, parts.size())) {
                int n = part.getValue().size();
                // the cluster's whole loss is laid on the pieces outside its largest, by their own missing pairs:
                // had they joined the largest piece, none would be left
                double share = pieceShare(loss, n, size, minorShares);
                int others = storySize.get(part.getKey()) - n;
                System.out.printf(Locale.ROOT, "  piece %s x%d in a story of %d other articles, %s%n", part.getKey(), n,
                        others, span(part.getValue(), byId));
                for (String id : part.getValue()) {
                    String label = truth.get(id);
                    List<Candidate> candidates = arrivals.get(id);
                    Cause cause = cause(label, candidates, ownStarted.getOrDefault(id, false));
                    lossBy.merge(cause, share / n, Double::sum);
                    StringBuilder b = new StringBuilder("    " + cause);
                    if (candidates != null) {
                        Candidate own = best(candidates, label);
                        Candidate best = best(candidates, null);
                        if (own != null) {
                            b.append(String.format(Locale.ROOT, " own %.2f [w %.2f n %.2f p %.2f]", own.score(),
                                    own.terms(), own.names(), own.places()));
                        }
                        if (best != null && !best.label().equals(label)) {
                            b.append(String.format(Locale.ROOT, " best %.2f %s", best.score(), best.label()));
                        }
                        b.append(" of ").append(candidates.size());
                    }
                    System.out.println(b + " | " + describe(byId.get(id)));
                }
            }
        }
        System.out.printf(Locale.ROOT, "recall loss %.1f articles' worth of %d; by the cause of the articles outside the largest pieces:%n",
                total, truth.size());
        lossBy.forEach((cause, loss) -> System.out.printf(Locale.ROOT, "  %s %.1f%n", cause, loss));
    }

    /**
     * Each article outside its true cluster's largest piece with its share of the cluster's B-cubed recall loss, in
     * articles' worth: the cluster's whole loss is laid on the pieces outside its largest, by their own missing pairs
     * (had they joined the largest piece, none would be left), and a piece's share is split evenly over its articles.
     */
    static Map<String, Double> minorPieceLosses(Map<String, String> predicted, Map<String, String> truth) {
        Map<String, Map<String, List<String>>> pieces = new java.util.TreeMap<>();
        predicted.forEach((id, story) -> pieces.computeIfAbsent(truth.get(id), k -> new LinkedHashMap<>())
                .computeIfAbsent(story, k -> new ArrayList<>()).add(id));
        Map<String, Double> losses = new LinkedHashMap<>();
        for (Map<String, List<String>> cluster : pieces.values()) {
            List<List<String>> parts = new ArrayList<>(cluster.values());
            parts.sort(Comparator.comparingInt(part -> -part.size()));
            int size = parts.stream().mapToInt(List::size).sum();
            double loss = 0;
            double minorShares = 0;
            for (int i = 0; i < parts.size(); i++) {
                int n = parts.get(i).size();
                loss += n * (1 - n / (double) size);
                minorShares += i == 0 ? 0 : n * (1 - n / (double) size);
            }
            for (List<String> part : parts.subList(1, parts.size())) {
                for (String id : part) {
                    losses.put(id, pieceShare(loss, part.size(), size, minorShares) / part.size());
                }
            }
        }
        return losses;
    }

    /** A minor piece of {@code n} of a cluster's {@code size} articles: its share of the cluster's recall loss. */
    private static double pieceShare(double loss, int n, int size, double minorShares) {
        return loss * n * (1 - n / (double) size) / minorShares;
    }

    private static String span(List<String> ids, Map<String, RawDocument> byId) {
        String first = null;
        String last = null;
        int undated = 0;
        for (String id : ids) {
            String date = byId.get(id).meta(MetaKey.PUBLISHED);
            if (date == null) {
                undated++;
                continue;
            }
            String day = date.length() >= 10 ? date.substring(0, 10) : date;
            first = first == null || day.compareTo(first) < 0 ? day : first;
            last = last == null || day.compareTo(last) > 0 ? day : last;
        }
        return (first == null ? "" : first + ".." + last + " ") + (undated > 0 ? undated + " undated" : "");
    }

    private static String describe(RawDocument doc) {
        String title = doc.meta(MetaKey.TITLE);
        String text = (title == null ? "" : title + " | ") + doc.text().replaceAll("\\s+", " ");
        String date = doc.meta(MetaKey.PUBLISHED);
        int words = doc.text().split("\\s+").length;
        return (date == null ? "undated" : date.substring(0, Math.min(10, date.length()))) + " " + words + "w "
                + text.substring(0, Math.min(100, text.length()));
    }
}
