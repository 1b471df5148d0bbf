package dev.storybrief.eval.timeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * tilse's quick ROUGE-1 F1 approximation ({@code util.compute_rouge_approximation}), used only to choose which dates
 * to align, never as a score: case-sensitive tokens, no stemming or stop words, clipped matches against each reference
 * summed, precision over {@code references * predicted tokens}.
 *
 * <p>Deviation: tilse read Penn-Treebank-tokenised text and split it on spaces. Timeline17 here is detokenised, so a
 * token is a run of non-space characters with each punctuation mark at its edges split off as a token of its own
 * ("summarization." gives "summarization" and "."); on already tokenised text this is the same as splitting on spaces.
 */
final class ContentOverlap {
    private static final Pattern TOKEN = Pattern.compile("[^\\s\\p{P}\\p{S}]+(?:\\p{P}[^\\s\\p{P}\\p{S}]+)*|[\\p{P}\\p{S}]");

    private ContentOverlap() {
    }

    /** The approximate ROUGE-1 F1 of predicted sentences against the references' sentences (one list per reference). */
    static double rouge1(List<String> predicted, List<List<String>> references) {
        Map<String, Integer> pred = counts(predicted);
        int predTotal = pred.values().stream().mapToInt(Integer::intValue).sum();
        double match = 0;
        int refTotal = 0;
        for (List<String> reference : references) {
            Map<String, Integer> ref = counts(reference);
            for (Map.Entry<String, Integer> e : pred.entrySet()) {
                match += Math.min(e.getValue(), ref.getOrDefault(e.getKey(), 0));
            }
            refTotal += ref.values().stream().mapToInt(Integer::intValue).sum();
        }
        double precision = predTotal == 0 ? 0 : match / ((double) references.size() * predTotal);
        double recall = refTotal == 0 ? 0 : match / refTotal;
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    /** The tokens of one sentence: words (inner hyphens and apostrophes kept) and punctuation marks. */
    static List<String> tokens(String sentence) {
        Matcher m = TOKEN.matcher(sentence);
        List<String> tokens = new ArrayList<>();
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }

    private static Map<String, Integer> counts(List<String> sentences) {
        Map<String, Integer> counts = new HashMap<>();
        for (String sentence : sentences) {
            for (String token : tokens(sentence)) {
                counts.merge(token, 1, Integer::sum);
            }
        }
        return counts;
    }
}
