package dev.storybrief.eval.baseline;

import java.util.List;
import java.util.Set;

/** A baseline's choice of the next sentence, given what it has already chosen. */
@FunctionalInterface
interface Picker {

    /**
     * The best next sentence, or {@code null} to stop.
     *
     * @param left      candidates not chosen yet, in document order
     * @param chosen    picks so far, in the order they were made
     * @param wordsLeft words left in the budget
     * @param cutting   true for the final pick of {@link BudgetFill}'s truncation: the pick will be cut to
     *                  {@code wordsLeft} words, so its length does not rule it out
     */
    Pick next(Set<Candidate> left, List<Pick> chosen, int wordsLeft, boolean cutting);
}
