package dev.storybrief.brief.disagreement;

import dev.storybrief.model.QuantitySpan;
import dev.storybrief.model.Sentence;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Figures of one key that one sentence gives together: a sentence giving several lists them for several periods or
 * holders ("a surplus of 2.6 percent in 1999, 2.8 percent in 2000"), and two sentences that each give both figures
 * set them side by side as figures of two things; neither is one outlet holding a figure against another's.
 */
final class FiguresTogether {
    /** The key's figures by the sentence that gives them, in the order stated. */
    private final Map<Sentence, List<StatedFigure>> bySentence = new LinkedHashMap<>();
    private final Set<Sentence> listed = new HashSet<>();
    /** Per figure, the listing sentences with a figure that agrees with it: read once, not once per pair. */
    private final Map<StatedFigure, List<Sentence>> listingAgreeing = new HashMap<>();

    private FiguresTogether(List<StatedFigure> stated) {
        stated.forEach(s -> bySentence.computeIfAbsent(s.sentence(), k -> new ArrayList<>()).add(s));
        bySentence.forEach((sentence, figures) -> {
            if (figures.size() > 1) {
                listed.add(sentence);
            }
        });
    }

    /** The figures of one key, indexed by sentence: built once per key, asked once per pair. */
    static FiguresTogether of(List<StatedFigure> stated) {
        return new FiguresTogether(stated);
    }

    /** The sentences that give more than one of the key's figures: none of their figures is the one value of a measure. */
    Set<Sentence> listing() {
        return Collections.unmodifiableSet(listed);
    }

    /**
     * Each of the two sentences gives the other's figure too: both set the two side by side as figures of two things
     * ("Exxon, which has a market value of $176.7 billion, and Mobil, which has a market value of $61.1 billion"), and
     * neither outlet holds one against the other. (One sentence that tells a dispute, "at least nine have died, while
     * the agency puts the toll at seven", still stands against an outlet that gives only one side.)
     */
    boolean sideBySide(StatedFigure a, StatedFigure b) {
        return givesToo(b, a) && givesToo(a, b);
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
    boolean toldApart(StatedFigure a, StatedFigure b) {
        if (a.quantity().key().startsWith("people ") || listed.isEmpty()) {
            return false;
        }
        for (Sentence sentence : listingAgreeing.computeIfAbsent(a, this::listingSentencesAgreeingWith)) {
            List<StatedFigure> figures = bySentence.get(sentence);
            for (StatedFigure t : figures) {
                if (t.agreesWith(a) && figures.stream().anyMatch(u -> u != t && u.agreesWith(b) && !u.agreesWith(a)
                        && !FigureSources.apart(t, u))) {
                    return true;
                }
            }
        }
        return false;
    }

    private List<Sentence> listingSentencesAgreeingWith(StatedFigure a) {
        return listed.stream().filter(sentence -> bySentence.get(sentence).stream().anyMatch(t -> t.agreesWith(a)))
                .toList();
    }

    /** Another figure of {@code s}'s sentence gives {@code other}'s value again. */
    private boolean givesToo(StatedFigure s, StatedFigure other) {
        return bySentence.get(s.sentence()).stream().anyMatch(t -> t != s
                && QuantitySpan.givesOneOf(List.of(other.quantity()), List.of(t.quantity())));
    }
}
