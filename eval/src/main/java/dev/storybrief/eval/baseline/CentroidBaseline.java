package dev.storybrief.eval.baseline;

import dev.storybrief.brief.summary.Summarizer;
import dev.storybrief.analyze.terms.TermChains;
import dev.storybrief.model.vector.TfIdf;
import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.Sentence;
import dev.storybrief.model.Story;
import dev.storybrief.model.SummarySentence;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The centroid baseline, MEAD (Dragomir R. Radev, Hongyan Jing, Małgorzata Styś and Daniel Tam, 2004,
 * "Centroid-based summarization of multiple documents", Information Processing and Management 40(6):919-938).
 *
 * <p>The cluster centroid gives each term the value {@code C_w = (occurrences in the cluster / documents) * idf(w)}
 * and keeps the {@link #CENTROID_TERMS} highest. A sentence i of a document of n sentences scores
 * {@code SCORE_i = C_i + P_i + F_i} (all three weights 1), where
 * <ul>
 *   <li>{@code C_i}, centroid value: the sum of {@code C_w} over the sentence's terms (with repeats);</li>
 *   <li>{@code P_i}, position: {@code (n - i + 1) / n * C_max} (i from 1), {@code C_max} the largest {@code C_i}
 *       of the document;</li>
 *   <li>{@code F_i}, first-sentence overlap: the inner product of the term-count vectors of the sentence and of
 *       the document's first sentence.</li>
 * </ul>
 * Sentences shorter than {@link #MIN_WORDS} words are not candidates (MEAD's default length cutoff), unless no
 * sentence is that long. Redundancy penalty: each step takes the sentence maximising
 * {@code SCORE_i - w_R * R_i}, where {@code R_i = 2 * overlap / (|s_i| + |s_j|)} against the most overlapping
 * sentence j already chosen (overlap: shared terms, with repeats) and {@code w_R} is the highest score of the
 * cluster, so a sentence that repeats a chosen one falls to the bottom. Budget policy: {@link BudgetFill};
 * shown in document order.
 *
 * <p>Deviations: terms are core's {@link TermChains} (English) (stemmed, stop words dropped) and idf comes from the story's
 * own sentences ({@link TfIdf}, as {@code SentenceIndex}), since the MEAD idf database of a background corpus is not
 * available; for the same reason the centroid keeps a fixed number of terms instead of a tf-idf threshold.
 */
public final class CentroidBaseline implements Summarizer {
    /** How many highest-valued terms the centroid keeps. */
    public static final int CENTROID_TERMS = 100;
    /** MEAD's default length cutoff, in words. */
    public static final int MIN_WORDS = 9;

    private final boolean truncateToBudget;

    /** Whole sentences only. */
    public CentroidBaseline() {
        this(false);
    }

    /** @param truncateToBudget append a last sentence cut to the words left (see {@link BudgetFill}) */
    public CentroidBaseline(boolean truncateToBudget) {
        this.truncateToBudget = truncateToBudget;
    }

    @Override
    public String name() {
        return "centroid";
    }

    @Override
    public List<SummarySentence> summarize(Story story, int words) {
        List<Candidate> all = Candidate.of(story);
        Map<String, Double> centroid = centroid(story);
        Map<Candidate, Double> score = scores(all, centroid);
        List<Candidate> pool = all.stream().filter(c -> c.words() >= MIN_WORDS).toList();
        if (pool.isEmpty()) {
            pool = all;
        }
        double penaltyWeight = score.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        Picker picker = (left, chosen, wordsLeft, cutting) -> best(left, chosen, wordsLeft, cutting, score,
                penaltyWeight);
        return BudgetFill.fill(pool, words, truncateToBudget, picker).toSummary(story, Candidate.DOCUMENT_ORDER);
    }

    /** Term values {@code C_w} of the story's centroid, top {@link #CENTROID_TERMS} only. */
    static Map<String, Double> centroid(Story story) {
        List<List<String>> sentences = new ArrayList<>();
        Map<String, Integer> occurrences = new HashMap<>();
        for (AnalyzedArticle article : story.articles()) {
            for (Sentence sentence : article.sentences()) {
                List<String> terms = TermChains.english().terms(sentence.text());
                sentences.add(terms);
                terms.forEach(t -> occurrences.merge(t, 1, Integer::sum));
            }
        }
        TfIdf tfIdf = new TfIdf(sentences);
        double documents = Math.max(1, story.articles().size());
        Map<String, Double> centroid = new HashMap<>();
        occurrences.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getValue() / documents * tfIdf.idf(e.getKey())))
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(CENTROID_TERMS)
                .forEach(e -> centroid.put(e.getKey(), e.getValue()));
        return centroid;
    }

    /** {@code C_i + P_i + F_i} for every candidate. */
    private static Map<Candidate, Double> scores(List<Candidate> all, Map<String, Double> centroid) {
        Map<Integer, List<Candidate>> byArticle = new HashMap<>();
        all.forEach(c -> byArticle.computeIfAbsent(c.article(), a -> new ArrayList<>()).add(c));
        Map<Candidate, Double> score = new HashMap<>();
        for (List<Candidate> document : byArticle.values()) {
            Map<Candidate, Double> value = new HashMap<>();
            document.forEach(c -> value.put(c, c.terms().stream().mapToDouble(t -> centroid.getOrDefault(t, 0.0)).sum()));
            double max = value.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
            Map<String, Integer> first = counts(document.get(0).terms());
            int n = document.size();
            for (Candidate c : document) {
                double position = (double) (n - c.position()) / n * max;
                double firstOverlap = 0;
                for (Map.Entry<String, Integer> e : counts(c.terms()).entrySet()) {
                    firstOverlap += e.getValue() * first.getOrDefault(e.getKey(), 0);
                }
                score.put(c, value.get(c) + position + firstOverlap);
            }
        }
        return score;
    }

    private static Pick best(Set<Candidate> left, List<Pick> chosen, int wordsLeft, boolean cutting,
                             Map<Candidate, Double> score, double penaltyWeight) {
        Pick best = null;
        for (Candidate c : left) {
            if (!cutting && c.words() > wordsLeft) {
                continue;
            }
            double redundancy = 0;
            for (Pick p : chosen) {
                redundancy = Math.max(redundancy, overlap(c, p.candidate()));
            }
            double adjusted = score.get(c) - penaltyWeight * redundancy;
            if (best == null || adjusted > best.score()) {
                best = new Pick(c, adjusted);
            }
        }
        return best;
    }

    /** MEAD's redundancy {@code 2 * shared / (|a| + |b|)}, shared terms counted with repeats. */
    static double overlap(Candidate a, Candidate b) {
        Map<String, Integer> countsB = counts(b.terms());
        int shared = 0;
        for (Map.Entry<String, Integer> e : counts(a.terms()).entrySet()) {
            shared += Math.min(e.getValue(), countsB.getOrDefault(e.getKey(), 0));
        }
        return 2.0 * shared / (a.terms().size() + b.terms().size());
    }

    private static Map<String, Integer> counts(List<String> terms) {
        Map<String, Integer> counts = new HashMap<>();
        terms.forEach(t -> counts.merge(t, 1, Integer::sum));
        return counts;
    }
}
