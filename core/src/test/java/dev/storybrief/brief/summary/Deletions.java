package dev.storybrief.brief.summary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Test check that a trimmed sentence was made from its source only by deleting words, or, in a summary line, also by
 * the two additions the summary makes: a date after a day ahead ("on Wednesday, October 26", {@link AheadDays}) and
 * a given name before a surname at a person's first mention ({@link FullNames}).
 */
final class Deletions {
    private Deletions() {
    }

    /** True when the words of {@code trimmed} (letters and digits, any case) appear in {@code original}, in order. */
    static boolean isDeletionOf(String trimmed, String original) {
        List<String> kept = words(trimmed);
        List<String> source = words(original);
        int at = 0;
        for (String word : kept) {
            while (at < source.size() && !source.get(at).equals(word)) {
                at++;
            }
            if (at == source.size()) {
                return false;
            }
            at++;
        }
        return true;
    }

    /** Months as {@link AheadDays} spells them in English ("October 26"). */
    private static final java.util.regex.Pattern ADDED_DATE = java.util.regex.Pattern.compile(
            "(?<=day), (?:January|February|March|April|May|June|July|August|September|October|November|December) \\d{1,2}"
                    + "(?=[ ,.;:!?]|$)");

    /**
     * True when {@code line} is a deletion of {@code original} once an added date after a weekday and capitalised words
     * added right before a capitalised word of the source (a given name) are taken out.
     */
    static boolean isSummaryEditOf(String line, String original) {
        String text = ADDED_DATE.matcher(line).replaceAll("");
        java.util.Set<String> source = new java.util.HashSet<>(words(original));
        String[] tokens = text.split(" ");
        StringBuilder kept = new StringBuilder();
        for (int i = 0; i < tokens.length; i++) {
            String bare = tokens[i].replaceAll("[^\\p{L}\\p{N}]", "").toLowerCase(Locale.ROOT);
            boolean givenName = !tokens[i].isEmpty() && Character.isUpperCase(tokens[i].codePointAt(0))
                    && !source.contains(bare) && i + 1 < tokens.length && !tokens[i + 1].isEmpty()
                    && Character.isUpperCase(tokens[i + 1].codePointAt(0));
            if (!givenName) {
                kept.append(tokens[i]).append(' ');
            }
        }
        return isDeletionOf(kept.toString(), original);
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }
}
