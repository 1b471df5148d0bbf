package dev.storybrief.brief.summary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two sentences that are one wording with other figures: the same words in the same order, only their numbers
 * differ ("The council met on Monday 3." and "The council met on Monday 4."). Notes and feeds stamped from one
 * template are written so, and so is a copy that edits a figure. TF-IDF cannot see them as repeats when the template
 * runs through every text: a word found in every sentence weighs nothing, so each sentence is its own number and
 * no two are alike. A summary states such a wording once: another figure is no other fact, and where it is the other
 * side of a disputed count the disagreement shows it. Words are Unicode letter runs (marks included) and numbers
 * digit runs of any script, so the test reads every language the same way; a wording needs {@link #MIN_WORDS} words,
 * as a number and a word or two is no template.
 */
final class SameWording {
    /** Fewest words two sentences share, in order, to be one wording. */
    static final int MIN_WORDS = 3;

    private static final Pattern TOKEN = Pattern.compile("([\\p{L}\\p{M}]+)|(\\p{Nd}+)");

    private SameWording() {
    }

    /**
     * A text's words (lower case) and numbers, each in order: what two texts are compared by. A summary candidate
     * keeps its own ({@link SummaryCandidate#wording}), so that a sentence compared with every chosen one, step after
     * step, is split once.
     */
    record Wording(List<String> words, List<String> numbers) {
        Wording {
            words = List.copyOf(words);
            numbers = List.copyOf(numbers);
        }
    }

    /** The words and numbers of {@code text}. */
    static Wording of(String text) {
        List<String> words = new ArrayList<>();
        List<String> numbers = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            if (m.group(1) != null) {
                words.add(m.group(1).toLowerCase(Locale.ROOT));
            } else {
                numbers.add(m.group(2));
            }
        }
        return new Wording(words, numbers);
    }

    /** True when {@code a} and {@code b} have the same words, in order, and different numbers. */
    static boolean otherFiguresOnly(String a, String b) {
        return otherFiguresOnly(of(a), of(b));
    }

    /** As {@link #otherFiguresOnly(String, String)}, for texts split already. */
    static boolean otherFiguresOnly(Wording a, Wording b) {
        return a.words().size() >= MIN_WORDS && a.words().equals(b.words()) && !a.numbers().isEmpty()
                && !a.numbers().equals(b.numbers());
    }
}
