package dev.storybrief.eval.baseline;

import dev.storybrief.brief.summary.Summarizer;
import dev.storybrief.model.vector.TermVector;
import dev.storybrief.model.StoryView;
import dev.storybrief.model.vector.SentenceIndex;
import dev.storybrief.model.Story;
import dev.storybrief.model.SummarySentence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * LexRank (Güneş Erkan and Dragomir R. Radev, 2004, "LexRank: graph-based lexical centrality as salience in text
 * summarization", Journal of Artificial Intelligence Research 22:457-479): sentences are nodes of a graph weighted
 * by their idf-modified cosine, and a sentence's salience is its PageRank in that graph.
 * <ul>
 *   <li>{@code lexrank}: continuous LexRank (the paper's equation 6), edges weighted by the cosine itself;</li>
 *   <li>{@code lexrank-t0.1}: the thresholded form (Algorithm 1 with t = 0.1), an edge of weight 1 wherever the
 *       cosine exceeds the threshold, each row divided by its degree.</li>
 * </ul>
 * As in Algorithm 1, the matrix covers every pair, a sentence with itself included (cosine 1), and both forms use
 * the damped random walk of {@link PageRank} with damping 0.85 (the paper's jump probability d = 0.15).
 *
 * <p>The idf-modified cosine is the cosine of tf-idf vectors, computed by core's {@link SentenceIndex}: stemmed
 * content terms, idf over the story's own sentences. Deviation: the paper took idf from a background corpus, which
 * this project does not ship; within one story the sentence-level idf plays the same part.
 *
 * <p>Selection, as in the paper (which used MEAD's reranker, cross-sentence informational subsumption): sentences
 * in order of salience, passing over one whose cosine with a sentence already chosen exceeds
 * {@link #REDUNDANCY} (our setting), under the budget policy of {@link BudgetFill}; shown in document order.
 */
public final class LexRankBaseline implements Summarizer {
    /** Cosine above which a candidate repeats a chosen sentence and is passed over. */
    public static final double REDUNDANCY = 0.7;
    /** The threshold of the thresholded system {@code lexrank-t0.1}. */
    public static final double PAPER_THRESHOLD = 0.1;

    private final Double threshold;
    private final boolean truncateToBudget;

    private LexRankBaseline(Double threshold, boolean truncateToBudget) {
        this.threshold = threshold;
        this.truncateToBudget = truncateToBudget;
    }

    /** Continuous LexRank, {@code lexrank}. */
    public static LexRankBaseline continuous(boolean truncateToBudget) {
        return new LexRankBaseline(null, truncateToBudget);
    }

    /** Thresholded LexRank, {@code lexrank-t<threshold>}; the paper's system is {@code thresholded(0.1, ...)}. */
    public static LexRankBaseline thresholded(double threshold, boolean truncateToBudget) {
        if (!(threshold >= 0 && threshold < 1)) {
            throw new IllegalArgumentException("the LexRank threshold must be in [0, 1), got " + threshold);
        }
        return new LexRankBaseline(threshold, truncateToBudget);
    }

    @Override
    public String name() {
        return threshold == null ? "lexrank" : "lexrank-t" + threshold;
    }

    @Override
    public List<SummarySentence> summarize(Story story, int words) {
        List<Candidate> pool = Candidate.of(story);
        double[][] cosine = cosines(pool, story.index(StoryView.ALL));
        double[] salience = threshold == null ? continuousCentrality(cosine) : thresholdedCentrality(cosine, threshold);
        Map<Candidate, Integer> row = new HashMap<>();
        List<Pick> ranked = new ArrayList<>();
        for (int i = 0; i < pool.size(); i++) {
            row.put(pool.get(i), i);
            ranked.add(new Pick(pool.get(i), salience[i]));
        }
        ranked.sort(Comparator.comparingDouble(Pick::score).reversed()
                .thenComparing(Pick::candidate, Candidate.DOCUMENT_ORDER));
        RankedPicker picker = new RankedPicker(ranked,
                (a, b) -> cosine[row.get(a)][row.get(b)] > REDUNDANCY);
        return BudgetFill.fill(pool, words, truncateToBudget, picker).toSummary(story, Candidate.DOCUMENT_ORDER);
    }

    /** Continuous LexRank scores of a cosine matrix (diagonal included), summing to 1. */
    public static double[] continuousCentrality(double[][] cosine) {
        return PageRank.scores(cosine, PageRank.DEFAULT_DAMPING);
    }

    /** Thresholded LexRank scores: edges of weight 1 where the cosine exceeds {@code threshold}, summing to 1. */
    public static double[] thresholdedCentrality(double[][] cosine, double threshold) {
        int n = cosine.length;
        double[][] edges = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                edges[i][j] = cosine[i][j] > threshold ? 1.0 : 0.0;
            }
        }
        return PageRank.scores(edges, PageRank.DEFAULT_DAMPING);
    }

    private static double[][] cosines(List<Candidate> pool, SentenceIndex index) {
        int n = pool.size();
        TermVector[] vectors = new TermVector[n];
        for (int i = 0; i < n; i++) {
            vectors[i] = index.vector(pool.get(i).sentence());
        }
        double[][] cosine = new double[n][n];
        for (int i = 0; i < n; i++) {
            cosine[i][i] = 1.0;
            for (int j = i + 1; j < n; j++) {
                cosine[i][j] = cosine[j][i] = vectors[i].cosine(vectors[j]);
            }
        }
        return cosine;
    }
}
