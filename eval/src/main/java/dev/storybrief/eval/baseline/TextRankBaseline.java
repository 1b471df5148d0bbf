package dev.storybrief.eval.baseline;

import dev.storybrief.brief.summary.Summarizer;
import dev.storybrief.analyze.terms.TermChains;
import dev.storybrief.model.Story;
import dev.storybrief.model.SummarySentence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * TextRank for sentence extraction (Rada Mihalcea and Paul Tarau, 2004, "TextRank: bringing order into texts",
 * EMNLP 2004, section 4): sentences are nodes of an undirected graph whose edge weight is their content overlap,
 * {@code |{w : w in Si and w in Sj}| / (log |Si| + log |Sj|)}, and a sentence's salience is its weighted PageRank
 * with damping 0.85 (no self-loops). The top sentences fill the budget ({@link BudgetFill}), shown in document
 * order; the paper does no redundancy check, so neither does this.
 *
 * <p>Words are core's {@link TermChains} (English) (lowercased, stop words dropped, Porter-stemmed), the paper leaving the
 * tokenisation open; {@code |S|} counts them with repeats. Two one-word sentences, whose denominator is
 * {@code log 1 + log 1 = 0}, get weight 0. The paper iterates to a 1e-4 error threshold; {@link PageRank} iterates
 * further, which changes no ranking it settles.
 */
public final class TextRankBaseline implements Summarizer {
    private final boolean truncateToBudget;

    /** Whole sentences only. */
    public TextRankBaseline() {
        this(false);
    }

    /** @param truncateToBudget append a last sentence cut to the words left (see {@link BudgetFill}) */
    public TextRankBaseline(boolean truncateToBudget) {
        this.truncateToBudget = truncateToBudget;
    }

    @Override
    public String name() {
        return "textrank";
    }

    /**
     * The TextRank edge weight of two sentences given as their word lists (repeats count in the lengths, not in
     * the overlap); natural logarithm.
     */
    public static double similarity(List<String> a, List<String> b) {
        return similarity(new HashSet<>(a), a.size(), new HashSet<>(b), b.size());
    }

    private static double similarity(Set<String> a, int lengthA, Set<String> b, int lengthB) {
        double denominator = Math.log(lengthA) + Math.log(lengthB);
        if (lengthA == 0 || lengthB == 0 || denominator <= 0) {
            return 0.0;
        }
        Set<String> small = a.size() <= b.size() ? a : b;
        Set<String> large = small == a ? b : a;
        int shared = 0;
        for (String term : small) {
            if (large.contains(term)) {
                shared++;
            }
        }
        return shared / denominator;
    }

    @Override
    public List<SummarySentence> summarize(Story story, int words) {
        List<Candidate> pool = Candidate.of(story);
        int n = pool.size();
        List<Set<String>> sets = pool.stream().map(c -> (Set<String>) new HashSet<>(c.terms())).toList();
        double[][] weights = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                weights[i][j] = weights[j][i] = similarity(sets.get(i), pool.get(i).terms().size(),
                        sets.get(j), pool.get(j).terms().size());
            }
        }
        double[] salience = PageRank.scores(weights, PageRank.DEFAULT_DAMPING);
        List<Pick> ranked = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ranked.add(new Pick(pool.get(i), salience[i]));
        }
        ranked.sort(Comparator.comparingDouble(Pick::score).reversed()
                .thenComparing(Pick::candidate, Candidate.DOCUMENT_ORDER));
        return BudgetFill.fill(pool, words, truncateToBudget, RankedPicker.withoutRedundancyCheck(ranked))
                .toSummary(story, Candidate.DOCUMENT_ORDER);
    }
}
