package dev.storybrief.group.stories;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The articles of a small stream that follow one person's proceedings in stages: a trial's charge, plea hearing,
 * opening and verdict, weeks or months apart, each report naming the defendant first and most and speaking of the
 * same kind of proceedings ({@link Proceedings}). The time window parts such stages into stories of their own; a
 * thread tells they are one. Two trials of one kind at one court (the same judge, the same prosecutors) are two
 * threads, for their reports name different people most. A piece that looks back (an anniversary) is in no thread.
 *
 * <p>Only for a stream too small for its word weights to tell stories apart (a folder, a young desk): in a large
 * stream the same person's name and the word "court" are shared by many stories that are not one.
 */
final class ProceedingsThreads {
    /** Articles a thread needs: one article is a story, not a thread of stages. */
    static final int MIN_ARTICLES = 2;

    private ProceedingsThreads() {
    }

    /**
     * One distinct article: its position, the person its lead names most (surname, lower case; null for none), the
     * kinds of proceedings it speaks of (bit {@code k} for kind {@code k} of {@link Proceedings}) and whether it
     * looks back.
     */
    record Stage(int item, String person, int kinds, boolean looksBack) {
    }

    /**
     * The threads: the articles that name the same person most and speak of one kind of proceedings, each thread of
     * {@link #MIN_ARTICLES} or more in arrival order, largest thread first (then by first article). An article is in
     * one thread at most: the one of the first kind it speaks of that holds most articles.
     */
    static List<List<Integer>> threads(List<Stage> stages) {
        Map<String, List<Integer>> byPersonAndKind = new LinkedHashMap<>();
        for (Stage stage : stages) {
            if (stage.person() == null || stage.looksBack()) {
                continue;
            }
            for (int kind = 0; kind < Proceedings.kinds(); kind++) {
                if ((stage.kinds() & (1 << kind)) != 0) {
                    byPersonAndKind.computeIfAbsent(stage.person() + "\u0000" + kind, k -> new ArrayList<>())
                            .add(stage.item());
                }
            }
        }
        List<List<Integer>> candidates = new ArrayList<>(byPersonAndKind.values());
        candidates.sort(Comparator.<List<Integer>>comparingInt(List::size).reversed()
                .thenComparingInt(thread -> thread.get(0)));
        List<List<Integer>> threads = new ArrayList<>();
        java.util.Set<Integer> taken = new java.util.HashSet<>();
        for (List<Integer> candidate : candidates) {
            List<Integer> free = candidate.stream().filter(item -> !taken.contains(item)).toList();
            if (free.size() >= MIN_ARTICLES) {
                threads.add(free);
                taken.addAll(free);
            }
        }
        return threads;
    }

    /** The surname named most often among the people mentioned, in order (lower case); the first on a tie; or null. */
    static String mostNamed(List<String> surnames) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        surnames.forEach(name -> counts.merge(name, 1, Integer::sum));
        String best = null;
        for (Map.Entry<String, Integer> entry : counts.entrySet()) {
            if (best == null || entry.getValue() > counts.get(best)) {
                best = entry.getKey();
            }
        }
        return best;
    }
}
