package dev.storybrief.eval.baseline;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A test-only stand-in for ROUGE-2 recall: lowercased letter/digit tokens, bigram counts clipped by each reference,
 * summed over the references and divided by their bigram total. No stemming, no stop words.
 */
final class BigramRecall implements ToDoubleFunction<List<String>> {
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+");
    private final List<Map<String, Integer>> references;
    private final int total;

    BigramRecall(List<String> references) {
        this.references = references.stream().map(BigramRecall::bigrams).toList();
        this.total = this.references.stream().flatMap(m -> m.values().stream()).mapToInt(Integer::intValue).sum();
    }

    @Override
    public double applyAsDouble(List<String> sentences) {
        Map<String, Integer> peer = bigrams(String.join(" ", sentences));
        int hits = 0;
        for (Map<String, Integer> ref : references) {
            for (Map.Entry<String, Integer> e : ref.entrySet()) {
                hits += Math.min(e.getValue(), peer.getOrDefault(e.getKey(), 0));
            }
        }
        return total == 0 ? 0 : (double) hits / total;
    }

    static Map<String, Integer> bigrams(String text) {
        Matcher m = TOKEN.matcher(text.toLowerCase(Locale.ROOT));
        Map<String, Integer> counts = new HashMap<>();
        String previous = null;
        while (m.find()) {
            String token = m.group();
            if (previous != null) {
                counts.merge(previous + " " + token, 1, Integer::sum);
            }
            previous = token;
        }
        return counts;
    }
}
