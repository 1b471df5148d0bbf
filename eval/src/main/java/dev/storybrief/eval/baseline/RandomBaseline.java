package dev.storybrief.eval.baseline;

import dev.storybrief.brief.summary.Summarizer;
import dev.storybrief.model.Story;
import dev.storybrief.model.SummarySentence;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The random baseline, the floor every system should clear: sentences in a random order, filling the budget as
 * {@link BudgetFill} does, shown in document order.
 *
 * <p>Reproducible: the order for a story depends only on the seed and the story id ({@link Random} and
 * {@link Collections#shuffle(List, Random)} are specified algorithms), not on how many stories were summarized
 * before, so runs and reruns agree sentence for sentence, and a different seed gives a different draw.
 */
public final class RandomBaseline implements Summarizer {
    private final long seed;
    private final boolean truncateToBudget;

    /** Whole sentences only, drawn with {@code seed}. */
    public RandomBaseline(long seed) {
        this(seed, false);
    }

    /**
     * @param seed             the seed of every draw
     * @param truncateToBudget append a last sentence cut to the words left (see {@link BudgetFill})
     */
    public RandomBaseline(long seed, boolean truncateToBudget) {
        this.seed = seed;
        this.truncateToBudget = truncateToBudget;
    }

    @Override
    public String name() {
        return "random";
    }

    /** The seed this baseline was built with. */
    public long seed() {
        return seed;
    }

    @Override
    public List<SummarySentence> summarize(Story story, int words) {
        List<Candidate> pool = Candidate.of(story);
        List<Candidate> shuffled = new ArrayList<>(pool);
        Collections.shuffle(shuffled, new Random(seed * 1_000_003L + story.id().hashCode()));
        List<Pick> ranked = shuffled.stream().map(c -> new Pick(c, 0.0)).toList();
        return BudgetFill.fill(pool, words, truncateToBudget, RankedPicker.withoutRedundancyCheck(ranked))
                .toSummary(story, Candidate.DOCUMENT_ORDER);
    }
}
