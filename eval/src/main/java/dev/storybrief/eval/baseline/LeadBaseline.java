package dev.storybrief.eval.baseline;

import dev.storybrief.brief.summary.Summarizer;
import dev.storybrief.model.Story;
import dev.storybrief.model.SummarySentence;
import java.util.Comparator;
import java.util.List;

/**
 * The lead baseline, taken round-robin over the articles: the first sentence of article 1, of article 2, ..., then
 * the second sentence of each, and so on, in the story's article order, and it keeps that order in the summary.
 *
 * <p>News puts the most important facts first, which makes the lead a hard baseline to beat on newswire (Ani
 * Nenkova, 2005, "Automatic text summarization of newswire: lessons learned from the Document Understanding
 * Conference", AAAI 2005). Deviation: the official DUC 2004 baseline took the lead of the most recent document
 * only (Paul Over and James Yen, 2004, "An introduction to DUC-2004", NIST); the round-robin form reads the first
 * sentence of every outlet, which suits multi-document stories (it is the "Lead" of many multi-document papers).
 *
 * <p>Budget: as {@link BudgetFill}: a lead sentence too long for the words left is passed over and the next in
 * round-robin order is tried; with {@code truncateToBudget} the next one is finally cut to fill the budget.
 * Score of a sentence: {@code 1 / (1 + its position in its article)}.
 */
public final class LeadBaseline implements Summarizer {
    private final boolean truncateToBudget;

    /** Whole sentences only. */
    public LeadBaseline() {
        this(false);
    }

    /** @param truncateToBudget append a last sentence cut to the words left (see {@link BudgetFill}) */
    public LeadBaseline(boolean truncateToBudget) {
        this.truncateToBudget = truncateToBudget;
    }

    @Override
    public String name() {
        return "lead";
    }

    @Override
    public List<SummarySentence> summarize(Story story, int words) {
        List<Pick> roundRobin = Candidate.of(story).stream()
                .sorted(Comparator.comparingInt(Candidate::position).thenComparingInt(Candidate::article))
                .map(c -> new Pick(c, 1.0 / (1 + c.position())))
                .toList();
        return BudgetFill.fill(Candidate.of(story), words, truncateToBudget,
                RankedPicker.withoutRedundancyCheck(roundRobin)).toSummary(story, null);
    }
}
