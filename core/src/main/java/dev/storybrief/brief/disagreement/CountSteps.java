package dev.storybrief.brief.disagreement;

import dev.storybrief.model.Story;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The steps a key's figures were told in as the count moved on: a series growing day by day ({@link RisingFigure}:
 * 2,000 hectares, then 5,500, then 12,000) and a day's figure every report of a later day has outgrown
 * ({@link OutgrownFigures}). Two figures that are two steps are no dispute, whether outlets give them as their own or
 * credit them to parties ("officials said 12" on Monday, "the hospital said 19" on Tuesday): both the outlets' and
 * the parties' disputes ask here.
 */
final class CountSteps {
    private final Optional<RisingFigure> rising;
    private final OutgrownFigures outgrown;

    private CountSteps(Optional<RisingFigure> rising, OutgrownFigures outgrown) {
        this.rising = rising;
        this.outgrown = outgrown;
    }

    /** The steps of one key's figures, by the days (and printed times) of their articles. */
    static CountSteps of(List<StatedFigure> stated, Story story, Map<String, LocalDate> dates,
                         Map<String, LocalTime> times, StatementReadings readings) {
        Optional<RisingFigure> rising = RisingFigure.of(stated.stream()
                .filter(s -> dates.get(s.articleId()) != null)
                .map(s -> new RisingFigure.Dated(dates.get(s.articleId()), s.quantity(),
                        story.reportOf(s.articleId()), readings.rise(s), s.articleId(), times.get(s.articleId())))
                .toList());
        return new CountSteps(rising, OutgrownFigures.of(stated, dates));
    }

    /** True when the two figures are two steps of a series (neither is checked against the other as a dispute). */
    boolean seriesSteps(StatedFigure a, StatedFigure b) {
        return rising.isPresent() && rising.get().differentSteps(a.quantity(), b.quantity());
    }

    /** True when one of the two is an earlier day's figure the later day's reports have all outgrown. */
    boolean earlierStep(StatedFigure a, StatedFigure b) {
        return outgrown.earlierStep(a, b);
    }

    /** True when the two figures are steps of the count, by either test. */
    boolean steps(StatedFigure a, StatedFigure b) {
        return seriesSteps(a, b) || earlierStep(a, b);
    }
}
