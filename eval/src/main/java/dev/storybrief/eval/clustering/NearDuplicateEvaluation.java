package dev.storybrief.eval.clustering;

import dev.storybrief.eval.dataset.EvalCluster;
import dev.storybrief.eval.dataset.EvalDataset;
import dev.storybrief.util.SharedFolder;
import dev.storybrief.group.stories.StoryClusterer;
import dev.storybrief.group.stories.StoryGroup;
import dev.storybrief.group.stories.StoryOptions;
import dev.storybrief.ingest.MetaKey;
import dev.storybrief.ingest.RawDocument;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Measures the wire-copy detection of story grouping on reprints made at run time from DUC 2004: every article is
 * reprinted the ways outlets reprint wire copy ({@link Reprint}), all originals and reprints are shuffled into one
 * stream, and the copy groups the grouper reports are scored pairwise against the truth. The other articles of the
 * same DUC cluster are the negatives that matter: same story, same names, written apart. DUC itself holds successive
 * wire versions of one story (a write-through, an update with two paragraphs added): originals whose exact word
 * 4-gram sets pass the detector's own test (Jaccard at least 0.7, or at least 80% of the smaller contained in the
 * larger) count as copies of one another; the report says how many such pairs there are.
 *
 * <pre>{@code
 * java -cp ... dev.storybrief.eval.clustering.NearDuplicateEvaluation [--seed 8]
 * }</pre>
 */
public final class NearDuplicateEvaluation {
    /** The seed of the published figures. */
    public static final long SEED = 8;

    private NearDuplicateEvaluation() {
    }

    /** The ways a reprint differs from the wire original. */
    public enum Reprint {
        /** About one word in twenty deleted or replaced (copy editing, house style, a corrected figure). */
        EDITED,
        /** A headline and a byline of the outlet's own on top, a copyright line below. */
        RETITLED,
        /** The last third of the paragraphs cut (wire copy is written to be cut from the bottom). */
        TRIMMED,
        /** Trimmed, edited and retitled at once. */
        ALL_AT_ONCE
    }

    /**
     * Pairwise scores of the reported copy groups.
     *
     * @param originals    articles reprinted
     * @param versionPairs pairs of DUC originals that are versions of one wire text (exact test)
     * @param truePairs    pairs of articles that are copies of one another
     * @param foundPairs   pairs the grouper put in one copy group
     * @param precision    share of found pairs that are true
     * @param recall       share of true pairs found
     * @param recallByKind recall of the original-reprint pairs, by kind of reprint
     * @param falsePairs   up to ten wrongly paired article ids, for inspection
     */
    public record Report(int originals, int versionPairs, long truePairs, long foundPairs, double precision, double recall,
                         Map<Reprint, Double> recallByKind, List<String> falsePairs) {

        /** The report as readable lines. */
        public String describe() {
            StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                    "%d originals (%d pairs of them versions of one wire text), %d reprints each; %,d true copy pairs,"
                            + " %,d found: precision %.3f, recall %.3f%n",
                    originals, versionPairs, Reprint.values().length, truePairs, foundPairs, precision, recall));
            recallByKind.forEach((kind, r) -> out.append(String.format(Locale.ROOT, "  %-12s recall %.3f%n", kind, r)));
            falsePairs.forEach(p -> out.append("  false pair: ").append(p).append('\n'));
            return out.toString();
        }
    }

    /** Builds the reprints of DUC 2004 with {@code seed}, groups the shuffled stream and scores its copy groups. */
    public static Report measure(Path shared, long seed) {
        return measure(shared, seed, StoryOptions.defaults());
    }

    /** As {@link #measure(Path, long)}, with other grouping options (to try another copy threshold). */
    public static Report measure(Path shared, long seed, StoryOptions options) {
        Random random = new Random(seed);
        List<RawDocument> stream = new ArrayList<>();
        Map<String, String> originalOf = new LinkedHashMap<>();
        Map<String, Reprint> kindOf = new HashMap<>();
        Set<String> seen = new HashSet<>();
        int versionPairs = 0;
        for (EvalCluster cluster : EvalDataset.load(shared.resolve("eval-data/duc2004/test.jsonl")).clusters()) {
            List<RawDocument> originals = new ArrayList<>();
            for (RawDocument doc : cluster.documents()) {
                if (seen.add(doc.id())) { // DUC files 11 articles under two clusters: one original each
                    originals.add(doc);
                }
            }
            versionPairs += markVersions(originals, originalOf);
            for (RawDocument doc : originals) {
                stream.add(doc);
                for (Reprint kind : Reprint.values()) {
                    RawDocument copy = reprint(doc, kind, random);
                    stream.add(copy);
                    originalOf.put(copy.id(), originalOf.get(doc.id()));
                    kindOf.put(copy.id(), kind);
                }
            }
        }
        Collections.shuffle(stream, random);
        // names, figures and years play no part in copy detection: skip reading them
        List<StoryGroup> stories = new StoryClusterer(options.withCueSentences(0)).addAll(stream)
                .stories();
        Map<String, Integer> groupOf = new HashMap<>();
        int group = 0;
        for (StoryGroup story : stories) {
            for (List<String> copies : story.duplicateIds()) {
                for (String id : copies) {
                    groupOf.put(id, group);
                }
                group++;
            }
        }
        return score(originalOf, kindOf, groupOf, seen.size(), versionPairs);
    }

    /**
     * Names each original by the first of the originals it is a version of (exact word 4-grams, the detector's test),
     * into {@code originalOf}; returns the number of version pairs.
     */
    private static int markVersions(List<RawDocument> originals, Map<String, String> originalOf) {
        List<Set<String>> grams = originals.stream().map(d -> wordGrams(d.text())).toList();
        int pairs = 0;
        for (int i = 0; i < originals.size(); i++) {
            originalOf.putIfAbsent(originals.get(i).id(), originals.get(i).id());
            for (int j = i + 1; j < originals.size(); j++) {
                if (areVersions(grams.get(i), grams.get(j))) {
                    pairs++;
                    originalOf.putIfAbsent(originals.get(j).id(), originalOf.get(originals.get(i).id()));
                }
            }
        }
        return pairs;
    }

    private static boolean areVersions(Set<String> a, Set<String> b) {
        Set<String> shared = new HashSet<>(a);
        shared.retainAll(b);
        int smaller = Math.min(a.size(), b.size());
        double jaccard = shared.size() / (double) (a.size() + b.size() - shared.size());
        return jaccard >= 0.7 || (smaller >= 40 && shared.size() >= 0.8 * smaller);
    }

    /** The text's word 4-grams, lower case, letters and digits only. */
    private static Set<String> wordGrams(String text) {
        String[] words = text.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+");
        List<String> kept = java.util.Arrays.stream(words).filter(w -> !w.isEmpty()).toList();
        Set<String> grams = new HashSet<>();
        for (int i = 0; i + 4 <= kept.size(); i++) {
            grams.add(String.join(" ", kept.subList(i, i + 4)));
        }
        return grams;
    }

    private static Report score(Map<String, String> originalOf, Map<String, Reprint> kindOf,
                                Map<String, Integer> groupOf, int originals, int versionPairs) {
        Map<Integer, List<String>> members = new HashMap<>();
        groupOf.forEach((id, g) -> members.computeIfAbsent(g, k -> new ArrayList<>()).add(id));
        long found = 0;
        long correct = 0;
        List<String> falsePairs = new ArrayList<>();
        for (List<String> ids : members.values()) {
            Collections.sort(ids);
            for (int i = 0; i < ids.size(); i++) {
                for (int j = i + 1; j < ids.size(); j++) {
                    found++;
                    if (originalOf.get(ids.get(i)).equals(originalOf.get(ids.get(j)))) {
                        correct++;
                    } else if (falsePairs.size() < 10) {
                        falsePairs.add(ids.get(i) + " ~ " + ids.get(j));
                    }
                }
            }
        }
        Map<String, Integer> groupSizes = new HashMap<>();
        originalOf.values().forEach(o -> groupSizes.merge(o, 1, Integer::sum));
        long truePairs = groupSizes.values().stream().mapToLong(n -> (long) n * (n - 1) / 2).sum();
        Map<Reprint, Double> recallByKind = new EnumMap<>(Reprint.class);
        for (Reprint kind : Reprint.values()) {
            long kept = kindOf.entrySet().stream().filter(e -> e.getValue() == kind)
                    .filter(e -> groupOf.get(e.getKey()).equals(groupOf.get(e.getKey().substring(0, e.getKey().indexOf('~')))))
                    .count();
            recallByKind.put(kind, kept / (double) originals);
        }
        return new Report(originals, versionPairs, truePairs, found, found == 0 ? 1 : correct / (double) found,
                correct / (double) truePairs, recallByKind, falsePairs);
    }

    /** A reprint of {@code doc} of the given kind, dated the same day or the next, with an id naming both. */
    static RawDocument reprint(RawDocument doc, Reprint kind, Random random) {
        String text = switch (kind) {
            case EDITED -> edit(doc.text(), random);
            case RETITLED -> retitle(doc.text(), random);
            case TRIMMED -> trim(doc.text());
            case ALL_AT_ONCE -> retitle(edit(trim(doc.text()), random), random);
        };
        Map<MetaKey, String> meta = new EnumMap<>(MetaKey.class);
        meta.putAll(doc.meta());
        meta.put(MetaKey.OUTLET, "Reprint " + kind.name().toLowerCase(java.util.Locale.ROOT));
        String date = doc.meta(MetaKey.PUBLISHED);
        if (date != null && random.nextBoolean()) {
            LocalDate day = java.time.LocalDate.ofEpochDay(dev.storybrief.group.stories.ArticleDates.epochDay(date));
            meta.put(MetaKey.PUBLISHED, day.plusDays(1).toString());
        }
        return new RawDocument(doc.id() + "~" + kind.name().toLowerCase(java.util.Locale.ROOT), doc.path(),
                doc.format(), text, meta);
    }

    /** Deletes about one word in forty and replaces another one in forty with a word from elsewhere in the text. */
    private static String edit(String text, Random random) {
        String[] paragraphs = text.split("\n\n");
        List<String> words = List.of(text.split("\\s+"));
        List<String> out = new ArrayList<>();
        for (String paragraph : paragraphs) {
            StringBuilder edited = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                double roll = random.nextDouble();
                if (roll < 0.025) {
                    continue;
                }
                String kept = roll < 0.05 ? words.get(random.nextInt(words.size())) : word;
                edited.append(edited.length() == 0 ? "" : " ").append(kept);
            }
            out.add(edited.toString());
        }
        return String.join("\n\n", out);
    }

    /** A headline line from the article's first words, a byline, the text, and a copyright line. */
    private static String retitle(String text, Random random) {
        String[] words = text.strip().split("\\s+");
        int n = Math.min(words.length, 6 + random.nextInt(4));
        String headline = String.join(" ", java.util.Arrays.copyOf(words, n)).replaceAll("[,.;:]$", "");
        return headline.toUpperCase(java.util.Locale.ROOT) + "\n\nBy Staff and Wire Reports\n\n" + text
                + "\n\nCopyright " + (1990 + random.nextInt(30)) + " The Daily Reprint. All rights reserved.";
    }

    /** The first two thirds of the paragraphs (of the words, for a one-paragraph text). */
    private static String trim(String text) {
        String[] paragraphs = text.split("\n\n");
        if (paragraphs.length >= 3) {
            return String.join("\n\n", java.util.Arrays.copyOf(paragraphs, (int) Math.ceil(paragraphs.length * 2 / 3.0)));
        }
        String[] words = text.split(" ");
        return String.join(" ", java.util.Arrays.copyOf(words, Math.max(1, words.length * 2 / 3)));
    }

    /** Prints the report; {@code --seed N}, {@code --similarity J} (the least estimated Jaccard of a copy). */
    public static void main(String[] args) {
        long seed = SEED;
        StoryOptions options = StoryOptions.defaults();
        for (int i = 0; i < args.length; i++) {
            if (i + 1 == args.length) {
                throw new IllegalArgumentException("usage: NearDuplicateEvaluation [--seed N] [--similarity J]");
            }
            switch (args[i]) {
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--similarity" -> options = options.withDuplicateSimilarity(Double.parseDouble(args[++i]));
                default -> throw new IllegalArgumentException("usage: NearDuplicateEvaluation [--seed N] [--similarity J]");
            }
        }
        Report report = measure(SharedFolder.require("eval-data").getParent(), seed, options);
        System.out.printf(Locale.ROOT, "near-duplicates, DUC 2004 reprints, seed %d, copy similarity %.2f%n", seed,
                options.duplicateSimilarity());
        System.out.print(report.describe());
    }
}
