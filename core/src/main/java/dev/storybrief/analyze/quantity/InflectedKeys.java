package dev.storybrief.brief.timeline;

import dev.storybrief.model.QuantitySpan;
import java.util.ArrayList;
import java.util.List;

/**
 * A figure two outlets write with one noun in two inflections: Turkish "5,4 büyüklüğünde" and "5,4 büyüklüğündeki",
 * Swedish "lägenheter" and "lägenheterna". Where the quantity layer has no stemmer for the language, or its stemmer
 * leaves a suffix on (Turkish "-ki"), the two get keys that differ by that suffix, and a row showing one would not
 * credit the outlet telling the other. Keys of one word each, one the other with a short suffix, name one noun.
 */
final class InflectedKeys {
    /** The fewest letters the shorter key has: a short word with a suffix is too often another word. */
    private static final int SHORTEST_STEM = 4;
    /** The most letters the suffix has: case and possessive endings, a definite article glued on. */
    private static final int LONGEST_SUFFIX = 5;

    private InflectedKeys() {
    }

    /** True when the two keys are one noun, one of them with a suffix the other lacks. */
    static boolean sameNoun(String a, String b) {
        if (a == null || b == null || a.equals(b) || !oneWord(a) || !oneWord(b)) {
            return false;
        }
        String shorter = a.length() <= b.length() ? a : b;
        String longer = shorter == a ? b : a;
        return shorter.length() >= SHORTEST_STEM && longer.startsWith(shorter)
                && longer.length() - shorter.length() <= LONGEST_SUFFIX;
    }

    /**
     * {@code theirs}, each figure whose key is an inflection of a {@code shown} figure's noun keyed as the shown one,
     * so that the figures are compared by value ({@link QuantitySpan#givesOneOf}).
     */
    static List<QuantitySpan> asShown(List<QuantitySpan> shown, List<QuantitySpan> theirs) {
        List<QuantitySpan> keyed = new ArrayList<>(theirs.size());
        for (QuantitySpan t : theirs) {
            QuantitySpan same = shown.stream().filter(q -> sameNoun(q.key(), t.key())).findFirst().orElse(null);
            keyed.add(same == null ? t : new QuantitySpan(t.start(), t.end(), t.sentence(), t.text(), t.value(),
                    t.qualifier(), t.unit(), same.key(), t.from(), t.kind()));
        }
        return keyed;
    }

    private static boolean oneWord(String key) {
        return key.chars().allMatch(Character::isLetter);
    }
}
