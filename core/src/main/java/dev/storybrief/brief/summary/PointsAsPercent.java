package dev.storybrief.brief.summary;

import dev.storybrief.model.AnalyzedArticle;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A change of a rate given as per cent where another report gives the same number in percentage points: "Budget cuts
 * deficit by 0.4 per cent" beside "the deficit will fall by 0.4 percentage points to 2.9% of GDP". The two cannot
 * both be true (0.4 points off 3.3% is a fall of about 12 per cent), and writing "per cent" for "points" is the
 * common slip, while no writer says "percentage points" without meaning it: the per-cent wording is the wrong unit.
 */
final class PointsAsPercent {
    private static final String NUMBER = "(\\d+(?:[.,]\\d+)?)";
    /** A number in per cent, not followed by the word for points ("0.4 per cent", "0,4 Prozent", "0.4%"). */
    private static final Pattern PERCENT = Pattern.compile(NUMBER + "\\s*(?:%|per\\s?cent\\b|Prozent\\b(?!punkt)"
            + "|por\\s+ciento\\b|por\\s+cento\\b|pour\\s+cent\\b|per\\s+cento\\b)(?!\\s*(?:points?|punkt|puntos?|pontos?|punti))",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A number in percentage points, in the languages the quantity rules read. */
    private static final Pattern POINTS = Pattern.compile(NUMBER + "\\s*(?:percentage\\s+points?|per\\s?cent(?:age)?"
            + "\\s+points?|%\\s*points?|Prozentpunkte?n?|puntos?\\s+porcentuales?|pontos?\\s+percentuais|points?\\s+de"
            + "\\s+pourcentage|punti\\s+percentuali)\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private PointsAsPercent() {
    }

    /** True when {@code title} gives in per cent a number that a sentence of one of {@code articles} gives in points. */
    static boolean misreads(String title, List<AnalyzedArticle> articles) {
        if (title == null) {
            return false;
        }
        Set<String> percents = numbers(PERCENT, title);
        if (percents.isEmpty()) {
            return false;
        }
        for (AnalyzedArticle article : articles) {
            Set<String> points = numbers(POINTS, article.text());
            if (points.stream().anyMatch(percents::contains)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> numbers(Pattern pattern, String text) {
        Set<String> found = new HashSet<>();
        if (text == null) {
            return found;
        }
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.group(1).replace(',', '.'));
        }
        return found;
    }
}
