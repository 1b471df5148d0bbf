package dev.storybrief.brief.correction;

import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.Sentence;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * One corrected figure ({@link Corrections}).
 *
 * @param key       the count's key ("people killed")
 * @param retracted the figure withdrawn
 * @param corrected the figure that replaces it
 * @param by        the report that corrects it
 * @param sentence  the sentence of that report giving the corrected figure, null when none does (a notice's
 *                  sentences are no summary candidates)
 */
public record Correction(String key, double retracted, double corrected, AnalyzedArticle by, Sentence sentence) {
    /** The figure as the reader sees it. */
    public String correctedText() {
        return figure(corrected);
    }

    /** The withdrawn figure as the reader sees it. */
    public String retractedText() {
        return figure(retracted);
    }

    /** Who corrected it, and when: "The Tarn Herald, 2026-11-04". */
    public String credit() {
        String outlet = by.article().outlet() != null ? by.article().outlet() : by.id();
        return outlet + ", " + by.article().published();
    }

    /**
     * True when {@code article}'s figure {@code value} of the count {@code key} is the one this correction withdraws:
     * an earlier report's (or an undated one's), or the correcting report's own retelling of it ("the coast guard had
     * earlier given the toll as 53").
     */
    public boolean withdraws(AnalyzedArticle article, String key, double value) {
        return this.key.equals(key) && value == retracted && (article.id().equals(by.id()) || Corrections.isBefore(article, by));
    }

    /** A figure as a reader reads it: 35, 1,200, 2.5. */
    static String figure(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return String.format(Locale.ROOT, "%,d", (long) value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
