package dev.storybrief.analyze.language;

import java.util.Locale;
import java.util.Set;

/**
 * A cheap first look before the language model: in English prose, words such as "the", "of", "and" make up about a
 * fifth of all words, and none of them is a common word of another language, so a text where they pass
 * {@link #THRESHOLD} is English without loading the 10 MB detector model. Most articles storybrief briefs are English,
 * and the model's load would cost more CPU time than briefing a whole small story.
 */
final class EnglishFunctionWords {
    /** Share of words at and above which a text is taken as English (German, Dutch, French news stay below 0.02). */
    static final double THRESHOLD = 0.12;
    /** Words needed before the share means anything. */
    static final int MIN_WORDS = 30;
    // only words that are not also frequent words of another language ("in", "is", "to", "by", "on", "for" are left out)
    private static final Set<String> WORDS = Set.of("the", "of", "and", "that", "with", "said", "from", "has",
            "have", "were", "which", "would", "their", "this", "been", "they", "will", "its", "after", "about", "who",
            "had", "but", "not", "she", "it");

    private EnglishFunctionWords() {
    }

    /** The share of the words of {@code text} that are English function words, or -1 below {@link #MIN_WORDS}. */
    static double share(String text) {
        int words = 0;
        int hits = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && !Character.isLetter(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && Character.isLetter(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                words++;
                if (i - start <= 5 && WORDS.contains(text.substring(start, i).toLowerCase(Locale.ROOT))) {
                    hits++;
                }
            }
        }
        return words < MIN_WORDS ? -1 : (double) hits / words;
    }
}
