package dev.storybrief.eval.baseline;

import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * Picks in a fixed rank order: the best-ranked sentence left that fits and does not repeat one already chosen.
 * Serves the baselines whose scores do not change as the summary grows (Lead, Random, LexRank, TextRank).
 */
final class RankedPicker implements Picker {
    private final List<Pick> ranked;
    private final BiPredicate<Candidate, Candidate> repeats;

    /**
     * @param ranked  every candidate with its score, best first
     * @param repeats true when the first candidate repeats the second, already chosen one
     */
    RankedPicker(List<Pick> ranked, BiPredicate<Candidate, Candidate> repeats) {
        this.ranked = List.copyOf(ranked);
        this.repeats = repeats;
    }

    /** A picker that never considers two sentences repeats. */
    static RankedPicker withoutRedundancyCheck(List<Pick> ranked) {
        return new RankedPicker(ranked, (a, b) -> false);
    }

    @Override
    public Pick next(Set<Candidate> left, List<Pick> chosen, int wordsLeft, boolean cutting) {
        for (Pick p : ranked) {
            Candidate c = p.candidate();
            if (left.contains(c) && (cutting || c.words() <= wordsLeft) && !repeatsAny(c, chosen)) {
                return p;
            }
        }
        return null;
    }

    private boolean repeatsAny(Candidate c, List<Pick> chosen) {
        for (Pick p : chosen) {
            if (repeats.test(c, p.candidate())) {
                return true;
            }
        }
        return false;
    }
}
