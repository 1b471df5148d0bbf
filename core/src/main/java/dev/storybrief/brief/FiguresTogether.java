package dev.storybrief.brief;

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

    /** Another figure of {@code s}'s sentence gives {@code other}'s value again. */
    private static boolean givesToo(List<StatedFigure> stated, StatedFigure s, StatedFigure other) {
        return stated.stream().anyMatch(t -> t != s && t.sentence().equals(s.sentence())
                && QuantitySpan.givesOneOf(List.of(other.quantity()), List.of(t.quantity())));
    }
}
