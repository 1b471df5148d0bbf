package dev.storybrief.brief.disagreement;

import dev.storybrief.model.QuantitySpan;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One figure growing with the reports' dates: a wildfire's burned area given as 2,000 hectares by both outlets of
 * Monday, 5,500 by both of Tuesday ("has grown to 5,500") and 12,000 on Wednesday is one area told as it grew, not
 * three outlets disagreeing. Each day of the series has one figure its reports agree on, every day's figure is
 * larger than the day's before (within {@link FigureConflict#MAX_RATIO} of it: a step of a hundredfold is
 * another count), and the reports show it is a series: a later day's report gives its figure as the value now
 * ({@link LatestFigures#statedAsUpdate}: "has grown to", "has now burned", "up from"), or two days are each told
 * alike by two reports. A later report that retells an earlier day's figure ("up from 2,000 on Monday") tells that
 * day's step, not its own day's. Two figures of one day that differ (10,000 against 26,000) are no series: that is a
 * disagreement, and stays one. Reports of one day whose texts all print their times ({@link ReportTimes}: a toll of 12
 * at 08:15, 19 at 13:40, 23 at 19:05) are steps of their times, as days are; two reports of one time that differ
 * still disagree, and a report of the day without a printed time makes the day one step again.
 */
final class RisingFigure {
    /** Days each told alike by two reports that show a series without any report's update words. */
    static final int MIN_CONFIRMED_DAYS = 2;

    /**
     * A figure as a dated article states it: {@code source} is its report (versions of one report count once),
     * {@code update} whether its own words give it as the value now, {@code article} the article that states it,
     * {@code time} the time of day its text's stamp prints, or null.
     */
    record Dated(LocalDate date, QuantitySpan figure, String source, boolean update, String article, LocalTime time) {
        Dated(LocalDate date, QuantitySpan figure, String source, boolean update, String article) {
            this(date, figure, source, update, article, null);
        }

        Dated(LocalDate date, QuantitySpan figure, String source, boolean update) {
            this(date, figure, source, update, source);
        }
    }

    /** Each moment of the series (a day, or a time of a day) with the figure its reports agree on. */
    private final NavigableMap<LocalDateTime, QuantitySpan> steps;

    private RisingFigure(NavigableMap<LocalDateTime, QuantitySpan> steps) {
        this.steps = steps;
    }

    /** The series the figures tell, when they tell one (figures of one kind, each with its article's known date). */
    static Optional<RisingFigure> of(List<Dated> figures) {
        TreeMap<LocalDateTime, List<Dated>> byDay = byMoment(figures);
        if (byDay.size() < 2) {
            return Optional.empty();
        }
        TreeMap<LocalDateTime, QuantitySpan> steps = new TreeMap<>();
        boolean update = false;
        int confirmedDays = 0;
        for (Map.Entry<LocalDateTime, List<Dated>> day : byDay.entrySet()) {
            // a figure of an earlier step retold ("up from 2,000 on Monday") is history, not this day's figure; but an
            // article of the day whose only figures are an earlier step's states that figure as its own: a copy that
            // still says "2 million" the day others say 3 disagrees with them, it does not retell Monday
            List<Dated> own = day.getValue().stream()
                    .filter(f -> !history(f, steps, day.getValue())).toList();
            if (own.isEmpty()) {
                continue;
            }
            for (Dated f : own) {
                if (own.stream().anyMatch(g -> !g.figure().agreesWith(f.figure()))) {
                    return Optional.empty();
                }
            }
            QuantitySpan figure = own.get(0).figure();
            if (!steps.isEmpty()) {
                QuantitySpan before = steps.lastEntry().getValue();
                if (figure.value() <= before.value() || figure.value() > before.value() * FigureConflict.MAX_RATIO) {
                    return Optional.empty();
                }
                update |= own.stream().anyMatch(Dated::update);
            }
            if (own.stream().map(Dated::source).distinct().count() >= 2) {
                confirmedDays++;
            }
            steps.put(day.getKey(), figure);
        }
        return steps.size() >= 2 && (update || confirmedDays >= MIN_CONFIRMED_DAYS)
                ? Optional.of(new RisingFigure(steps)) : Optional.empty();
    }

    /**
     * The figures by the moment of their reports: a day's, or, when every report of the day prints its time, each
     * time's (a report without one may be of any hour, so it leaves its day whole).
     */
    private static TreeMap<LocalDateTime, List<Dated>> byMoment(List<Dated> figures) {
        TreeMap<LocalDate, List<Dated>> byDay = new TreeMap<>();
        figures.forEach(f -> byDay.computeIfAbsent(f.date(), d -> new ArrayList<>()).add(f));
        TreeMap<LocalDateTime, List<Dated>> byMoment = new TreeMap<>();
        byDay.forEach((day, ofDay) -> {
            boolean timed = ofDay.stream().allMatch(f -> f.time() != null);
            ofDay.forEach(f -> byMoment.computeIfAbsent(ReportTimes.moment(day, timed ? f.time() : null),
                    m -> new ArrayList<>()).add(f));
        });
        return byMoment;
    }

    /**
     * True when {@code f} retells an earlier step of the series: its figure is a step's, and its article gives, the
     * same day, a figure of the key that is no earlier step (the new figure beside the old: "up from 2,000").
     */
    private static boolean history(Dated f, Map<LocalDateTime, QuantitySpan> steps, List<Dated> day) {
        return isStep(f, steps) && day.stream().anyMatch(g -> g.article().equals(f.article()) && !isStep(g, steps));
    }

    private static boolean isStep(Dated f, Map<LocalDateTime, QuantitySpan> steps) {
        return steps.values().stream().anyMatch(step -> step.agreesWith(f.figure()));
    }

    /** The moment whose figure {@code figure} tells, if it tells one of the series' figures. */
    Optional<LocalDateTime> stepOf(QuantitySpan figure) {
        return steps.entrySet().stream().filter(e -> e.getValue().agreesWith(figure)).map(Map.Entry::getKey).findFirst();
    }

    /** True when the two figures tell two different days' figures of the series: steps, not a disagreement. */
    boolean differentSteps(QuantitySpan a, QuantitySpan b) {
        Optional<LocalDateTime> da = stepOf(a);
        Optional<LocalDateTime> db = stepOf(b);
        return da.isPresent() && db.isPresent() && !da.equals(db);
    }

    /** The last moment of the series. */
    LocalDateTime latest() {
        return steps.lastKey();
    }

    /** The moments of the series before the last, each with its figure, oldest first: the figure's history. */
    Map<LocalDateTime, QuantitySpan> history() {
        return Collections.unmodifiableMap(steps.headMap(steps.lastKey(), false));
    }
}
