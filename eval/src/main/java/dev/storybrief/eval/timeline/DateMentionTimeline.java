package dev.storybrief.eval.timeline;

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
 * A simple DATEWISE-like reference system (after Gholipour Ghalandari &amp; Ifrim 2020, "Examining the state of the art
 * in news timeline summarization", whose DATEWISE ranks dates, then summarises each date on its own):
 * <ol>
 *   <li>Dates: the days in range ranked by how many articles mention them (news-tls's mention-count ranker, counting
 *       articles instead of sentences; DATEWISE itself uses a supervised regression over such counts); ties go to
 *       the day with more mentioning sentences, then the earlier day.</li>
 *   <li>Candidates per day: the sentences that name it, and the first sentences of articles published on it or the
 *       day after ({@link DatedSentences#candidatesByDay()}).</li>
 *   <li>Summary per day: the candidates closest (TF-IDF cosine, IDF over the whole collection) to the centroid of the
 *       day's candidates, between {@value #MIN_WORDS} and {@value #MAX_WORDS} words, none closer than
 *       {@value #MAX_SIMILARITY} to one already chosen and none used on another day. A day without such a sentence is
 *       skipped and the next day in rank takes its place.</li>
 * </ol>
 * No supervised date ranking, no topic keyword filter and no summary optimisation (DATEWISE's CentroidOpt), so it
 * should land below the published DATEWISE figures.
 */
public final class DateMentionTimeline extends DatedSentenceSystem {
    /** Name in results. */
    public static final String NAME = "date-mentions";
    static final int MIN_WORDS = 5;
    static final int MAX_WORDS = 60;
    static final double MAX_SIMILARITY = 0.5;

    /** The system with its fixed settings. */
    public DateMentionTimeline() {
        super(NAME);
    }

    @Override
    Timeline summarize(TimelineCollection collection, DatedSentences sentences, TimelineConstraints constraints) {
        Map<LocalDate, List<Integer>> candidates = sentences.candidatesByDay();
        TreeMap<LocalDate, List<String>> entries = new TreeMap<>();
        Set<String> used = new HashSet<>();
        for (LocalDate day : rankDays(sentences, constraints)) {
            if (entries.size() == constraints.dates()) {
                break;
            }
            List<String> summary = summarizeDay(sentences, candidates.getOrDefault(day, List.of()),
                    constraints.sentencesPerDate(), used);
            if (!summary.isEmpty()) {
                entries.put(day, summary);
                used.addAll(summary);
            }
        }
        return new Timeline(entries);
    }

    /** Days in range, most mentioning articles first. */
    static List<LocalDate> rankDays(DatedSentences sentences, TimelineConstraints constraints) {
        Map<LocalDate, Set<Integer>> articles = new HashMap<>();
        Map<LocalDate, Integer> mentions = new HashMap<>();
        for (DatedSentences.DatedSentence s : sentences.all()) {
            for (LocalDate day : s.mentions()) {
                if (constraints.allows(day)) {
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

    private static List<String> summarizeDay(DatedSentences sentences, List<Integer> candidates, int k,
                                             Set<String> used) {
        Map<String, Double> sum = new HashMap<>();
        List<TermVector> vectors = new ArrayList<>();
        for (int index : candidates) {
            TermVector v = sentences.vector(index);
            vectors.add(v);
            v.weights().forEach((term, w) -> sum.merge(term, w, Double::sum));
        }
        TermVector centroid = TermVector.normalised(sum);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            order.add(i);
        }
        double[] closeness = new double[candidates.size()];
        for (int i = 0; i < closeness.length; i++) {
            closeness[i] = vectors.get(i).cosine(centroid);
        }
        order.sort(Comparator.comparingDouble((Integer i) -> -closeness[i]).thenComparingInt(i -> i));
        List<String> chosen = new ArrayList<>();
        List<TermVector> chosenVectors = new ArrayList<>();
        for (int i : order) {
            if (chosen.size() == k) {
                break;
            }
            int index = candidates.get(i);
            String text = sentences.all().get(index).text();
            int words = sentences.words(index);
            boolean redundant = chosenVectors.stream().anyMatch(c -> c.cosine(vectors.get(i)) > MAX_SIMILARITY);
            if (words >= MIN_WORDS && words <= MAX_WORDS && !redundant && !used.contains(text) && !chosen.contains(text)) {
                chosen.add(text);
                chosenVectors.add(vectors.get(i));
            }
        }
        return chosen;
    }
}
