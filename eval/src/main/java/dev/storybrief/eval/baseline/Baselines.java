package dev.storybrief.eval.baseline;

import dev.storybrief.brief.summary.Summarizer;
import java.util.List;

/**
 * The classic baselines by name, as the eval command and result tables call them. The oracle is not here: it needs
 * each cluster's references ({@link GreedyOracle#forCluster}).
 *
 * <p>Every baseline keeps no state between calls (Random draws from the seed and the story id each time), so one
 * instance may summarize many stories, from several threads at once, with the same results as one at a time.
 * All share the sentence pool (every sentence with a content term, as the analyze stage split it) and the budget
 * policy of {@link BudgetFill}.
 */
public final class Baselines {
    private static final List<String> NAMES =
            List.of("lead", "random", "centroid", "lexrank", "lexrank-t0.1", "textrank", "mmr");

    private Baselines() {
    }

    /** The known names, in table order. */
    public static List<String> names() {
        return NAMES;
    }

    /**
     * The baseline called {@code name}, whole sentences only.
     *
     * @param seed the seed of {@code random} (ignored by the others, which are deterministic)
     * @throws UnknownBaselineException for a name not in {@link #names()}
     */
    public static Summarizer byName(String name, long seed) {
        return byName(name, seed, false);
    }

    /** The baseline called {@code name}, with the last-sentence policy of {@link BudgetFill}. */
    public static Summarizer byName(String name, long seed, boolean truncateToBudget) {
        return switch (name) {
            case "lead" -> new LeadBaseline(truncateToBudget);
            case "random" -> new RandomBaseline(seed, truncateToBudget);
            case "centroid" -> new CentroidBaseline(truncateToBudget);
            case "lexrank" -> LexRankBaseline.continuous(truncateToBudget);
            case "lexrank-t0.1" -> LexRankBaseline.thresholded(LexRankBaseline.PAPER_THRESHOLD, truncateToBudget);
            case "textrank" -> new TextRankBaseline(truncateToBudget);
            case "mmr" -> new MmrBaseline(MmrBaseline.DEFAULT_LAMBDA, truncateToBudget);
            default -> throw new UnknownBaselineException(name);
        };
    }

    /** Every baseline, in table order. */
    public static List<Summarizer> all(long seed, boolean truncateToBudget) {
        return NAMES.stream().map(n -> byName(n, seed, truncateToBudget)).toList();
    }
}
