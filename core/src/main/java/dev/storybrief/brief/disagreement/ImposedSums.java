package dev.storybrief.brief.disagreement;

import java.util.HashSet;
import java.util.Set;

/**
 * Sums that one party imposes on or pays to another once per event: a fine, a ransom, bail, a settlement, a
 * compensation. Unlike a cost, a loss or an aid package (a story tells many of each), the fine of a story is one
 * sum, so two outlets' figures of it are one fact told twice, however far apart ("fined 250 million reais" against
 * "a fine of R$ 50 million"): they meet as values of one measure ({@link FigureConflict}), once their clauses share a
 * word beyond the sum and its purpose, or their sentences share two (who paid, who imposed it).
 */
final class ImposedSums {
    /** The keys of amounts the quantity layer names by such a purpose, in every language ("multa", "Strafe": fine). */
    static final Set<String> KEYS = Set.of("money fine", "money ransom", "money bail", "money settlement",
            "money compensation");
    /** Words the two sentences share beyond the sums when the clauses do not: the payer and the one who imposes. */
    static final int MIN_SHARED_PARTIES = 2;

    private ImposedSums() {
    }

    /** True when both figures are sums of one imposed kind whose own clauses share a word beyond the sum. */
    static boolean oneSum(StatedFigure a, StatedFigure b, StatementReadings readings) {
        String key = a.quantity().key();
        if (!KEYS.contains(key) || !key.equals(b.quantity().key())) {
            return false;
        }
        Set<String> own = readings.sumTerms(a, b);
        if (readings.clausesMeet(a, b, own)) {
            return true;
        }
        // who pays and who imposes are often named a few words off the sum ("A mineradora foi multada em 250 milhões
        // de reais pelo governo estadual"), past the figure's own clause: the whole sentences then share them
        Set<String> other = new HashSet<>(readings.sentenceTerms(b));
        return readings.sentenceTerms(a).stream().distinct()
                .filter(t -> other.contains(t) && !own.contains(t) && !t.matches("\\d+")).count() >= MIN_SHARED_PARTIES;
    }
}
