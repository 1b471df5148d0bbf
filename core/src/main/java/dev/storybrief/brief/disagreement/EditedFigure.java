package dev.storybrief.brief.disagreement;

import dev.storybrief.model.Qualifier;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A copy that changed a figure and kept the words around it: "About 30000 homes in Kelby were left without power"
 * against "About 35000 homes in Kelby were left without power", "winds of up to 140 km/h" against "winds of up to 150
 * km/h". The slack of a round figure ("about" allows a seventh either way) is there for outlets that word a count their
 * own way; an outlet that kept every other word and wrote another number meant another number, so the two are two
 * claims however close. A floor ("at least 12", "more than 20") stays a floor: a copy that raises it tells a later,
 * higher count, which the lower one allows.
 */
final class EditedFigure {
    /** Words on each side of the figure that must be the same: the clause the figure stands in. */
    static final int CONTEXT_WORDS = 6;
    /** Fewest words the two must share around the figure: a bare "about 80" in a short line is no copy. */
    static final int MIN_CONTEXT_WORDS = 4;

    private EditedFigure() {
    }

    /** True when the two statements give different figures with the same qualifier in the same words around them. */
    static boolean of(StatedFigure a, StatedFigure b) {
        Qualifier q = a.quantity().qualifier();
        if (q != b.quantity().qualifier() || q == Qualifier.AT_LEAST || q == Qualifier.RANGE
                || a.quantity().value() == b.quantity().value() || a.quantity().roundedAlike(b.quantity())) {
            return false;
        }
        return before(a).equals(before(b)) && after(a).equals(after(b))
                && before(a).size() + after(a).size() >= MIN_CONTEXT_WORDS;
    }

    private static List<String> before(StatedFigure s) {
        List<String> words = words(s.sentence().text().substring(0, Math.max(0, s.startInSentence())));
        return words.subList(Math.max(0, words.size() - CONTEXT_WORDS), words.size());
    }

    private static List<String> after(StatedFigure s) {
        String text = s.sentence().text();
        List<String> words = words(text.substring(Math.min(text.length(), Math.max(0, s.endInSentence()))));
        return words.subList(0, Math.min(CONTEXT_WORDS, words.size()));
    }

    private static List<String> words(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).toList();
    }
}
