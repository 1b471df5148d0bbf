package dev.storybrief.group;

import dev.storybrief.analyze.terms.NameKeys;
import dev.storybrief.group.stories.Anchors;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a sentence says that survives translation: the names it mentions (folded to lower-case ASCII, so "Kaddáfí"
 * and "Kaddafi" meet, and keyed without their case endings, {@link NameKeys}), the numbers it gives and the dates it refers to. Two sentences in different languages that
 * share enough of these report the same thing, where their terms cannot meet.
 *
 * @param names   folded proper-noun tokens
 * @param numbers normalised number values of two digits or more ("26 000", "26,000" and "26000" are all "26000";
 *                "2,5" is "2.5")
 * @param dates   resolved values of the sentence's temporal expressions
 */
public record SentenceAnchors(Set<String> names, Set<String> numbers, Set<String> dates) {
    /** Shared anchors needed when one of them is a number or a date: two facts rarely coincide by chance. */
    public static final int MIN_SHARED = 2;
    /** Shared names needed without a number or date: a story's main names recur in most of its sentences. */
    public static final int MIN_SHARED_NAMES = 3;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+");

    /** The anchors of a sentence's text, with the resolved values of its temporal expressions. */
    public static SentenceAnchors of(String text, Collection<String> dateValues) {
        return new SentenceAnchors(names(text), numbers(text), Set.copyOf(dateValues));
    }

    /** Whether the other sentence shares enough anchors with this one to report the same thing. */
    public boolean reportsTheSameAs(SentenceAnchors other) {
        int facts = shared(numbers, other.numbers) + shared(dates, other.dates);
        int names = shared(this.names, other.names);
        return facts >= 1 && facts + names >= MIN_SHARED || names >= MIN_SHARED_NAMES;
    }

    /**
     * Whether the other sentence, in another language, says what this one says, so that its article supports it.
     * Stricter than {@link #reportsTheSameAs}, which also ties articles into a story: a support label tells the reader
     * the other outlet states it. A place and a date are in most sentences of a story (every report of the landslide
     * names the town and the day), so a date counts only beside two shared names; and when both sentences give figures
     * and none of them is the same ("410 vuelos" against "340 flights"), the two state different facts, or disagree.
     */
    public boolean supportsAcrossLanguages(SentenceAnchors other) {
        int figures = shared(numbers, other.numbers);
        if (figures == 0 && !numbers.isEmpty() && !other.numbers.isEmpty()) {
            return false;
        }
        int days = shared(dates, other.dates);
        int names = shared(this.names, other.names);
        return figures >= 1 && figures + days + names >= MIN_SHARED
                || days >= 1 && names >= MIN_SHARED
                || names >= MIN_SHARED_NAMES;
    }

    private static int shared(Set<String> a, Set<String> b) {
        int n = 0;
        for (String s : a) {
            n += b.contains(s) ? 1 : 0;
        }
        return n;
    }

    /** Capitalised words other than the sentence's first, whose capital only marks the start. */
    private static Set<String> names(String text) {
        Set<String> names = new HashSet<>();
        Matcher m = WORD.matcher(text);
        boolean first = true;
        while (m.find()) {
            String word = m.group();
            if (!first && word.length() > 1 && Character.isUpperCase(word.codePointAt(0))) {
                String folded = Anchors.fold(word);
                if (!folded.isEmpty()) {
                    names.add(NameKeys.key(folded));
                }
            }
            first = false;
        }
        return names;
    }

    /** The sentence's numbers, read as {@link Anchors} reads them ("26 000" and "26,000" are both 26000). */
    private static Set<String> numbers(String text) {
        return new HashSet<>(Anchors.numberValues(text));
    }
}
