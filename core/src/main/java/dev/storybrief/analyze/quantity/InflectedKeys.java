package dev.storybrief.analyze.quantity;

import dev.storybrief.model.QuantitySpan;
import java.util.ArrayList;
import java.util.List;

/**
 * A figure two outlets write with one noun in two inflections: Turkish "5,4 büyüklüğünde" and "5,4 büyüklüğündeki",
 * Swedish "lägenheter" and "lägenheterna". Where the quantity layer has no stemmer for the language, or its stemmer
 * leaves a suffix on (Turkish "-ki"), the two get keys that differ by that suffix, and a row showing one would not
 * credit the outlet telling the other. Keys of one word each, one the other with a short suffix, name one noun.
 *
 * <p>A rule of this layer's keys, not of a reader of them: the keys are made here, and only here is it known that a
 * key without a table is the bare word of the text. The timeline's crediting reads it; {@link QuantitySpan#sameKindAs}
 * (disagreements) does not, so two figures told with two endings are never set against each other as two values.
 */
public final class InflectedKeys {
    /** The fewest letters the shorter key has: a short word with a suffix is too often another word. */
    private static final int SHORTEST_STEM = 4;
    /** The most letters the suffix has: case and possessive endings, a definite article glued on. */
    private static final int LONGEST_SUFFIX = 5;

    private InflectedKeys() {
    }

    /** True when the two keys are one noun, one of them with a suffix the other lacks. */
    public static boolean sameNoun(String a, String b) {
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
    public static List<QuantitySpan> asShown(List<QuantitySpan> shown, List<QuantitySpan> theirs) {
        List<QuantitySpan> keyed = new ArrayList<>(theirs.size());
        for (QuantitySpan t : theirs) {
            QuantitySpan same = shown.stream().filter(q -> sameNoun(q.key(), t.key())).findFirst().orElse(null);
            keyed.add(same == null ? t : new QuantitySpan(t.start(), t.end(), t.sentence(), t.text(), t.value(),
                    t.qualifier(), t.unit(), same.key(), t.from(), t.kind()));
        }
        return keyed;
    }

    /**
     * True when a language has no quantity table of its own, so that its figures are keyed by the bare word after the
     * number ({@link LocaleDigits} over English's rules): Hungarian "120 lakost" (residents) and "120 embert" (people)
     * are two keys for what may be one count, and a key that differs says nothing of the kind.
     */
    public static boolean keyedByWord(String language) {
        return language != null && !language.equals("en") && QuantityLanguage.of(language) == null;
    }

    /**
     * {@code theirs}, each figure of a one-word key that gives a {@code shown} figure's value again keyed as the shown
     * one: for two clauses already known to tell one event in a language whose keys are bare words
     * ({@link #keyedByWord}), where the counted noun may be another word for the same people or things.
     */
    public static List<QuantitySpan> sameValueAsShown(List<QuantitySpan> shown, List<QuantitySpan> theirs) {
        List<QuantitySpan> keyed = new ArrayList<>(theirs.size());
        for (QuantitySpan t : theirs) {
            QuantitySpan same = shown.stream().filter(q -> oneWord(q.key()) && oneWord(t.key())
                    && q.value() == t.value()).findFirst().orElse(null);
            keyed.add(same == null ? t : new QuantitySpan(t.start(), t.end(), t.sentence(), t.text(), t.value(),
                    t.qualifier(), t.unit(), same.key(), t.from(), t.kind()));
        }
        return keyed;
    }

    private static boolean oneWord(String key) {
        return key.chars().allMatch(Character::isLetter);
    }
}
