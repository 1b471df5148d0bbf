package dev.storybrief.brief.disagreement;

import dev.storybrief.model.QuantitySpan;
import dev.storybrief.model.Sentence;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Figures of one key that one sentence gives together: a sentence giving several lists them for several periods or
 * holders ("a surplus of 2.6 percent in 1999, 2.8 percent in 2000"), and two sentences that each give both figures
 * set them side by side as figures of two things; neither is one outlet holding a figure against another's.
 */
final class FiguresTogether {
    private FiguresTogether() {
    }

    /** The sentences that give more than one of the key's figures: none of their figures is the one value of a measure. */
    static Set<Sentence> listing(List<StatedFigure> stated) {
        Map<Sentence, Integer> perSentence = new HashMap<>();
        stated.forEach(s -> perSentence.merge(s.sentence(), 1, Integer::sum));
        Set<Sentence> listed = new HashSet<>();
        perSentence.forEach((sentence, n) -> {
            if (n > 1) {
                listed.add(sentence);
            }
        });
        return listed;
    }

    /**
     * Each of the two sentences gives the other's figure too: both set the two side by side as figures of two things
     * ("Exxon, which has a market value of $176.7 billion, and Mobil, which has a market value of $61.1 billion"), and
     * neither outlet holds one against the other. (One sentence that tells a dispute, "at least nine have died, while
     * the agency puts the toll at seven", still stands against an outlet that gives only one side.)
     */
    static boolean sideBySide(List<StatedFigure> stated, StatedFigure a, StatedFigure b) {
        return givesToo(stated, b, a) && givesToo(stated, a, b);
    }

    /**
     * A sentence of the story gives both figures side by side, so they are values of two things, not one told two
     * ways: "Participants who reached 7,000 steps had a 27% lower risk ..., while those at 5,000 steps had a 22% lower
     * risk" (two groups of one study), "a fine of $25 million and restitution of $14 million" (a fine and a sum repaid,
     * against another outlet's "fined him $2.5 million and ordered him to repay the full $14 million"), unless the
     * sentence credits the two to two sources ({@link FigureSources}): then it tells their dispute. Tolls of the
     * dead and injured are left out: a sentence that gives two tolls tells their dispute, which the toll's own rules
     * read.
     */
    static boolean toldApart(List<StatedFigure> stated, Set<Sentence> listed, StatedFigure a, StatedFigure b) {
        if (a.quantity().key().startsWith("people ") || listed.isEmpty()) {
            return false;
        }
        return listed.stream().anyMatch(sentence -> stated.stream().anyMatch(t -> t.sentence().equals(sentence)
                && t.agreesWith(a) && stated.stream().anyMatch(u -> u != t && u.sentence().equals(sentence)
                && u.agreesWith(b) && !u.agreesWith(a) && !FigureSources.apart(t, u))));
    }


    /** Another figure of {@code s}'s sentence gives {@code other}'s value again. */
    private static boolean givesToo(List<StatedFigure> stated, StatedFigure s, StatedFigure other) {
        return stated.stream().anyMatch(t -> t != s && t.sentence().equals(s.sentence())
                && QuantitySpan.givesOneOf(List.of(other.quantity()), List.of(t.quantity())));
    }
}
