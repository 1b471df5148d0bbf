package dev.storybrief.group.stories;

import java.util.Arrays;

/**
 * The word shingles of a text, hashed: every run of {@code k} consecutive words, lowercased, stop words kept (copies
 * are judged on their wording, not on their content terms). A text shorter than {@code k} words is one shingle.
 */
public final class WordShingles {
    private WordShingles() {
    }

    /** The distinct shingle hashes of {@code text}, sorted; empty for a text without words. */
    public static long[] of(String text, int k) {
        long[] words = wordHashes(text);
        if (words.length == 0) {
            return words;
        }
        int count = Math.max(1, words.length - k + 1);
        long[] shingles = new long[count];
        for (int start = 0; start < count; start++) {
            long h = 0;
            for (int i = start; i < Math.min(words.length, start + k); i++) {
                h = Hashing.combine(h, words[i]);
            }
            shingles[start] = h;
        }
        Arrays.sort(shingles);
        return distinct(shingles);
    }

    private static long[] wordHashes(String text) {
        long[] out = new long[Math.max(16, text.length() / 5)];
        int n = 0;
        int i = 0;
        int length = text.length();
        StringBuilder word = new StringBuilder();
        while (i < length) {
            while (i < length && !Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            word.setLength(0);
            while (i < length && Character.isLetterOrDigit(text.charAt(i))) {
                word.append(Character.toLowerCase(text.charAt(i)));
                i++;
            }
            if (word.length() > 0) {
                if (n == out.length) {
                    out = Arrays.copyOf(out, n * 2);
                }
                out[n++] = Hashing.chars(word, 0, word.length());
            }
        }
        return Arrays.copyOf(out, n);
    }

    private static long[] distinct(long[] sorted) {
        int n = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                sorted[n++] = sorted[i];
            }
        }
        return Arrays.copyOf(sorted, n);
    }
}
