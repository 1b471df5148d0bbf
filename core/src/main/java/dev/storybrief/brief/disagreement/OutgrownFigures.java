package dev.storybrief.brief.disagreement;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A figure of one day that the next day's reports have all outgrown: a wildfire's "1,200 hectares" of Monday beside
 * Tuesday's "3,400" and "4,300" is the area's earlier step, even though Tuesday's two reports disagree with each other
 * (which keeps them from being a {@link RisingFigure} series). Two or more reports of the later day, every figure of
 * the key they give above the earlier one, show the count has moved on; one report alone may be the dispute itself.
 */
final class OutgrownFigures {
    /** The reports of a later day that must all give a larger figure. */
    private static final int MIN_LATER_REPORTS = 2;

    private final List<StatedFigure> stated;
    private final Map<String, LocalDate> dates;

    private OutgrownFigures(List<StatedFigure> stated, Map<String, LocalDate> dates) {
        this.stated = stated;
        this.dates = dates;
    }

    /** The figures of one key, with the days their articles' pages, texts or users give. */
    static OutgrownFigures of(List<StatedFigure> stated, Map<String, LocalDate> dates) {
        return new OutgrownFigures(stated, dates);
    }

    /** True when one of the two is an earlier day's figure that every report of the other's later day has outgrown. */
    boolean earlierStep(StatedFigure a, StatedFigure b) {
        LocalDate da = dates.get(a.articleId());
        LocalDate db = dates.get(b.articleId());
        if (da == null || db == null || da.equals(db)) {
            return false;
        }
        StatedFigure early = da.isBefore(db) ? a : b;
        LocalDate later = da.isBefore(db) ? db : da;
        Map<String, Boolean> above = new HashMap<>();
        for (StatedFigure s : stated) {
            if (Objects.equals(dates.get(s.articleId()), later)) {
                above.merge(s.articleId(), s.quantity().low() > early.quantity().high(), Boolean::logicalAnd);
            }
        }
        return above.size() >= MIN_LATER_REPORTS && !above.containsValue(false);
    }
}
