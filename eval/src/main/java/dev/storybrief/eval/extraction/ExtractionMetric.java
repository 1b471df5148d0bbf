package dev.storybrief.eval.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The article-extraction benchmark metric: token 4-gram shingle multisets compared per page,
 * precision and recall averaged over pages, F1 from the averages, plus exact-token accuracy.
 *
 * <p>Tokens follow Python's {@code re.findall(r'\w+', text)} on {@code str}: a word character is a
 * letter (Lu, Ll, Lt, Lm, Lo), a number (Nd, Nl, No) or the underscore. Combining marks are not word
 * characters there, so they split tokens here too. A text with no token has no shingle at all; one
 * with fewer than four tokens has a single shorter shingle.
 */
public final class ExtractionMetric {

    private static final int SHINGLE_SIZE = 4;

    private ExtractionMetric() {
    }

    /** Splits a text into word tokens the way the reference scorer does. */
    public static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        int start = -1;
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            boolean word = isWordChar(cp);
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                out.add(text.substring(start, i));
                start = -1;
            }
            i += Character.charCount(cp);
        }
        if (start >= 0) {
            out.add(text.substring(start));
        }
        return out;
    }

    static boolean isWordChar(int cp) {
        if (cp == '_') {
            return true;
        }
        switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER:
            case Character.LOWERCASE_LETTER:
            case Character.TITLECASE_LETTER:
            case Character.MODIFIER_LETTER:
            case Character.OTHER_LETTER:
            case Character.DECIMAL_DIGIT_NUMBER:
            case Character.LETTER_NUMBER:
            case Character.OTHER_NUMBER:
                return true;
            default:
                return false;
        }
    }

    /** Multiset of token 4-grams; keys join tokens with a separator that no token contains. */
    static Map<String, Integer> shingles(List<String> tokens) {
        Map<String, Integer> counts = new HashMap<>();
        if (tokens.isEmpty()) {
            return counts;
        }
        int last = Math.max(1, tokens.size() - SHINGLE_SIZE + 1);
        for (int i = 0; i < last; i++) {
            int end = Math.min(tokens.size(), i + SHINGLE_SIZE);
            String key = String.join("\u0001", tokens.subList(i, end));
            counts.merge(key, 1, Integer::sum);
        }
        return counts;
    }

    /** Compares one page's predicted text with its ground truth. */
    public static PageScore score(String truth, String predicted) {
        List<String> truthTokens = tokens(truth);
        List<String> predictedTokens = tokens(predicted);
        Map<String, Integer> expected = shingles(truthTokens);
        Map<String, Integer> actual = shingles(predictedTokens);
        long tp = 0;
        long fp = 0;
        long fn = 0;
        for (Map.Entry<String, Integer> e : actual.entrySet()) {
            int want = expected.getOrDefault(e.getKey(), 0);
            tp += Math.min(want, e.getValue());
            fp += Math.max(0, e.getValue() - want);
        }
        for (Map.Entry<String, Integer> e : expected.entrySet()) {
            fn += Math.max(0, e.getValue() - actual.getOrDefault(e.getKey(), 0));
        }
        return new PageScore(tp, fp, fn, truthTokens.equals(predictedTokens));
    }

    /** Averages page scores into the benchmark's summary figures. */
    public static MetricSummary summarize(List<PageScore> pages) {
        double precisionSum = 0;
        int precisionPages = 0;
        double recallSum = 0;
        int recallPages = 0;
        int exact = 0;
        for (PageScore page : pages) {
            if (page.tp() + page.fp() > 0) {
                precisionSum += page.precision();
                precisionPages++;
            }
            if (page.tp() + page.fn() > 0) {
                recallSum += page.recall();
                recallPages++;
            }
            if (page.exactMatch()) {
                exact++;
            }
        }
        double precision = precisionPages == 0 ? 0 : precisionSum / precisionPages;
        double recall = recallPages == 0 ? 0 : recallSum / recallPages;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        double accuracy = pages.isEmpty() ? 0 : (double) exact / pages.size();
        return new MetricSummary(precision, recall, f1, accuracy, pages.size());
    }
}
