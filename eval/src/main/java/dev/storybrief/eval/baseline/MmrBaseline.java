package dev.storybrief.eval.baseline;

import dev.storybrief.brief.summary.Summarizer;
import dev.storybrief.model.vector.TermVector;
import dev.storybrief.model.StoryView;
import dev.storybrief.model.vector.SentenceIndex;
import dev.storybrief.model.Story;
import dev.storybrief.model.SummarySentence;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Maximal Marginal Relevance (Jaime Carbonell and Jade Goldstein, 1998, "The use of MMR, diversity-based reranking
 * for reordering documents and producing summaries", SIGIR 1998): each step takes the sentence maximising
 * {@code lambda * Sim1(s, Q) - (1 - lambda) * max over chosen c of Sim2(s, c)}, with {@code lambda = 0.7}.
 *
 * <p>Generic summaries have no query, so Q is the story's centroid: the normalised sum of the tf-idf vectors of
 * all candidate sentences (core's {@link SentenceIndex}: stemmed content terms, idf over the story's sentences).
 * Both similarities are cosines of those vectors. Budget policy: {@link BudgetFill}, each step choosing among the
 * sentences that still fit; shown in document order; a sentence's score is its MMR value when it was chosen.
 */
public final class MmrBaseline implements Summarizer {
    /** The relevance weight lambda. */
    public static final double DEFAULT_LAMBDA = 0.7;

    private final double lambda;
    private final boolean truncateToBudget;

    /** lambda 0.7, whole sentences only. */
    public MmrBaseline() {
        this(DEFAULT_LAMBDA, false);
    }

    /**
     * @param lambda           weight of relevance against novelty, in [0, 1]
     * @param truncateToBudget append a last sentence cut to the words left (see {@link BudgetFill})
     */
    public MmrBaseline(double lambda, boolean truncateToBudget) {
        if (!(lambda >= 0 && lambda <= 1)) {
            throw new IllegalArgumentException("MMR lambda must be in [0, 1], got " + lambda);
        }
        this.lambda = lambda;
        this.truncateToBudget = truncateToBudget;
    }

    @Override
    public String name() {
        return "mmr";
    }

    @Override
    public List<SummarySentence> summarize(Story story, int words) {
        List<Candidate> pool = Candidate.of(story);
        SentenceIndex index = story.index(StoryView.ALL);
        Map<Candidate, TermVector> vectors = new HashMap<>();
        Map<String, Double> sum = new HashMap<>();
        for (Candidate c : pool) {
            TermVector v = index.vector(c.sentence());
            vectors.put(c, v);
            v.weights().forEach((term, w) -> sum.merge(term, w, Double::sum));
        }
        TermVector centroid = TermVector.normalised(sum);
        Map<Candidate, Double> relevance = new HashMap<>();
        vectors.forEach((c, v) -> relevance.put(c, v.cosine(centroid)));
        Picker picker = (left, chosen, wordsLeft, cutting) -> best(left, chosen, wordsLeft, cutting, vectors, relevance);
        return BudgetFill.fill(pool, words, truncateToBudget, picker).toSummary(story, Candidate.DOCUMENT_ORDER);
    }

    private Pick best(Set<Candidate> left, List<Pick> chosen, int wordsLeft, boolean cutting,
                      Map<Candidate, TermVector> vectors, Map<Candidate, Double> relevance) {
        Pick best = null;
        for (Candidate c : left) {
            if (!cutting && c.words() > wordsLeft) {
                continue;
            }
            double redundancy = 0;
            for (Pick p : chosen) {
                redundancy = Math.max(redundancy, vectors.get(c).cosine(vectors.get(p.candidate())));
            }
            double mmr = lambda * relevance.get(c) - (1 - lambda) * redundancy;
            if (best == null || mmr > best.score()) {
                best = new Pick(c, mmr);
            }
        }
        return best;
    }
}
