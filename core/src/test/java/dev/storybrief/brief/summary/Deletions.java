package dev.storybrief.brief.summary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Test check that a trimmed sentence was made from its source only by deleting words. */
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
