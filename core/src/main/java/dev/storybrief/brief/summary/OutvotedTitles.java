package dev.storybrief.brief.summary;

import dev.storybrief.brief.disagreement.FigureConflict;
import dev.storybrief.analyze.quantity.QuantityRules;
import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.QuantitySpan;
import dev.storybrief.model.Sentence;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * A title whose figure the other outlets of the same days give otherwise: "Quorvane to cut 2,000 jobs" when two
 * other reports of that day say 1,200 and none says 2,000. The summary states the figure most outlets give, so such a
 * title above it would contradict it with no word of the disagreement; a figure the other reports give later is a
 * newer step ({@link LatestFigures#outdated}), not a vote, so only reports within a day of the title's count.
 */
final class OutvotedTitles {
    private OutvotedTitles() {
    }

    /**
     * True when more of the other {@code articles} (within a day of {@code article}, or undated) give another figure
     * of a kind {@code title} gives than give its own ({@link QuantitySpan#givesAnotherFigure}). The title is read by
     * the quantity rules of the article's language, as its sentences were.
     */
    static boolean outvoted(AnalyzedArticle article, String title, List<AnalyzedArticle> articles) {
        if (title == null || title.isBlank()) {
            return false;
        }
        List<QuantitySpan> own = QuantityRules.forLanguage(article.language()).extract(title, 0, 0);
        if (own.isEmpty()) {
            return false;
        }
        int giving = 0;
        int against = 0;
        for (AnalyzedArticle other : articles) {
            if (other == article || !sameDays(article, other)) {
                continue;
            }
            boolean gives = false;
            boolean differs = false;
            for (Sentence sentence : other.sentences()) {
                List<QuantitySpan> theirs = other.figures(sentence);
                gives |= QuantitySpan.givesOneOf(own, theirs);
                differs |= QuantitySpan.givesAnotherFigure(own, theirs);
            }
            giving += gives ? 1 : 0;
            against += !gives && differs ? 1 : 0;
        }
        return against > giving;
    }

    private static boolean sameDays(AnalyzedArticle a, AnalyzedArticle b) {
        LocalDate da = a.article().dateInferred() ? null : a.article().published();
        LocalDate db = b.article().dateInferred() ? null : b.article().published();
        return da == null || db == null || Math.abs(ChronoUnit.DAYS.between(da, db)) <= FigureConflict.MAX_DAYS_APART;
    }
}
