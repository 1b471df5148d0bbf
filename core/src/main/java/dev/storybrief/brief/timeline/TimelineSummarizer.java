package dev.storybrief.brief.timeline;

import dev.storybrief.model.vector.TermVector;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Timeline summarisation of a large dated collection, in the DATEWISE manner (rank dates, then summarise each date
 * on its own; Gholipour Ghalandari &amp; Ifrim 2020):
 * <ol>
 *   <li>Days in range ranked by how many articles name them, then by how many sentences do, then earlier first.</li>
 *   <li>Candidates of a day: sentences reporting an event of that day (not those that only name it as an earlier
 *       event's day, "Monday's landslide", unless no other tells it), and the opening sentences of articles
 *       published on it or the day after.</li>
 *   <li>Per day, the candidates closest to the day's centroid and to the whole collection's (the story rather than
 *       a side remark that happens to share the day), the leads of articles of the day or the next that report its
 *       event first, a bonus for reporting an event of the day, between {@value #MIN_WORDS} and
 *       {@value #MAX_WORDS} words, none too similar to one already chosen or used on another day.</li>
 * </ol>
 */
public final class TimelineSummarizer {
    static final int MIN_WORDS = 5;
    static final int MAX_WORDS = 60;
    static final double MAX_SIMILARITY = 0.5;
    private final double topicWeight;
    private final double namesDayBonus;

    /** The summariser with its tuned settings. */
    public TimelineSummarizer() {
        this(0.5, 0.05);
    }

    /**
     * A summariser with its own weights.
     *
     * @param topicWeight   weight of closeness to the whole collection's centroid, beside the day's
     * @param namesDayBonus added for a candidate that reports an event of the day rather than standing for its
     *                      article's date
     */
    public TimelineSummarizer(double topicWeight, double namesDayBonus) {
        this.topicWeight = topicWeight;
        this.namesDayBonus = namesDayBonus;
    }

    /** The timeline of the pool, in date order. */
    public List<DatedSummary> summarize(DatedSentencePool pool, TimelineRequest request) {
        Map<LocalDate, List<Integer>> candidates = pool.candidatesByDay();
        TermVector topic = centroid(pool, allIndexes(pool));
        TreeMap<LocalDate, List<DatedSummary.SourcedSentence>> entries = new TreeMap<>();
        Set<String> used = new HashSet<>();
        for (LocalDate day : rankDays(pool, request)) {
            if (entries.size() == request.dates()) {
                break;
            }
            List<Integer> chosen = summarizeDay(pool, day, candidates.getOrDefault(day, List.of()), topic,
                    request.sentences(), used);
            if (!chosen.isEmpty()) {
                entries.put(day, chosen.stream()
                        .map(i -> new DatedSummary.SourcedSentence(pool.entries().get(i).text(), pool.source(i))).toList());
                chosen.forEach(i -> used.add(pool.entries().get(i).text()));
            }
        }
        List<DatedSummary> out = new ArrayList<>();
        entries.forEach((day, sentences) -> out.add(new DatedSummary(day, sentences)));
        return out;
    }

    /** Days in range, most naming articles first. */
    static List<LocalDate> rankDays(DatedSentencePool pool, TimelineRequest request) {
        Map<LocalDate, Set<Integer>> articles = new HashMap<>();
        Map<LocalDate, Integer> mentions = new HashMap<>();
        for (DatedSentencePool.Entry s : pool.entries()) {
            for (LocalDate day : s.mentions()) {
                if (request.allows(day)) {
                    articles.computeIfAbsent(day, d -> new HashSet<>()).add(s.article());
                    mentions.merge(day, 1, Integer::sum);
                }
            }
        }
        List<LocalDate> days = new ArrayList<>(articles.keySet());
        days.sort(Comparator.comparing((LocalDate d) -> -articles.get(d).size())
                .thenComparing(d -> -mentions.get(d)).thenComparing(Comparator.naturalOrder()));
        return days;
    }

    private List<Integer> summarizeDay(DatedSentencePool pool, LocalDate day, List<Integer> candidates,
                                       TermVector topic, int k, Set<String> used) {
        TermVector centroid = centroid(pool, candidates);
        double[] score = new double[candidates.size()];
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            int index = candidates.get(i);
            TermVector v = pool.vector(index);
            score[i] = v.cosine(centroid) + topicWeight * v.cosine(topic)
                    + (pool.entries().get(index).events().contains(day) ? namesDayBonus : 0);
            order.add(i);
        }
        // the lead of an article written on the day (or the next) that reports the day's event tells it first: a
        // later article's look back at the day ("... on Thursday, bringing the toll from Monday's landslide to
        // seven") is about another day's news
        boolean[] leads = new boolean[candidates.size()];
        for (int i = 0; i < candidates.size(); i++) {
            leads[i] = pool.leadsDay(candidates.get(i), day);
        }
        order.sort(Comparator.comparing((Integer i) -> !leads[i]).thenComparingDouble(i -> -score[i])
                .thenComparingInt(i -> i));
        List<Integer> chosen = new ArrayList<>();
        Set<String> texts = new HashSet<>();
        for (int i : order) {
            if (chosen.size() == k) {
                break;
            }
            int index = candidates.get(i);
            String text = pool.entries().get(index).text();
            int words = pool.words(index);
            boolean redundant = chosen.stream().anyMatch(c -> pool.vector(c).cosine(pool.vector(index)) > MAX_SIMILARITY);
            if (words >= MIN_WORDS && words <= MAX_WORDS && !redundant && !used.contains(text) && texts.add(text)) {
                chosen.add(index);
            }
        }
        return chosen;
    }

    private static List<Integer> allIndexes(DatedSentencePool pool) {
        List<Integer> all = new ArrayList<>(pool.entries().size());
        for (int i = 0; i < pool.entries().size(); i++) {
            all.add(i);
        }
        return all;
    }

    private static TermVector centroid(DatedSentencePool pool, List<Integer> indexes) {
        Map<String, Double> sum = new HashMap<>();
        for (int index : indexes) {
            pool.vector(index).weights().forEach((term, w) -> sum.merge(term, w, Double::sum));
        }
        return TermVector.normalised(sum);
    }
}
