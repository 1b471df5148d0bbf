package dev.storybrief.analyze.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.function.IntFunction;

/**
 * Picks the calendar date an underspecified expression means, given the article date and the tense around it.
 *
 * <p>Year-less dates: the occurrence in the article's year or the year before or after; a past-tense context takes the
 * latest one on or before the article date, a future context the earliest on or after it, and no tense the nearest
 * (ties go to the past). A candidate within {@value #CLOSE_DAYS} days (for a month name, {@value #CLOSE_MONTHS}
 * months) of the article date wins whatever the tense: "said ... on Oct. 31" in an Oct. 28 article is about the
 * coming Oct. 31, not one a year ago, and the tense cues are too weak to argue with that. A day the tense would put
 * more than {@value #FAR_DAYS} days (nine months) away is in the article's own year: news writes the year of a date
 * about a year off ("Dec. 7, 1988"), so "redemption on Dec. 7" in an October article is the coming one whatever
 * "said" suggests.
 *
 * <p>Weekdays: the most recent such day on or before the article date (a newswire "on Monday" written on a Monday is
 * that day), unless the context is future, then the next such day on or after it. A weekday that is the day after
 * the article date is that day unless the clause is in the past: news names a day a week away "last Friday", and a
 * bare weekday one day ahead with no past cue is tomorrow far more often than the previous week.
 */
final class CalendarChoices {

    static final int CLOSE_DAYS = 31;
    static final int CLOSE_MONTHS = 2;
    static final int FAR_DAYS = 270;

    private CalendarChoices() {
    }

    static LocalDate dayWithoutYear(MonthDay monthDay, LocalDate article, Tense tense) {
        return dayWithoutYear(year -> monthDay.isValidYear(year) ? monthDay.atYear(year) : null, article, tense);
    }

    /** Same choice for a day defined per year (a fixed date, or "fourth Thursday of November"). */
    static LocalDate dayWithoutYear(IntFunction<LocalDate> inYear, LocalDate article, Tense tense) {
        LocalDate nearest = bestDay(inYear, article, Tense.UNKNOWN);
        boolean close = Math.abs(ChronoUnit.DAYS.between(article, nearest)) <= CLOSE_DAYS;
        if (close) {
            return nearest;
        }
        LocalDate byTense = bestDay(inYear, article, tense);
        LocalDate sameYear = inYear.apply(article.getYear());
        boolean farOff = Math.abs(ChronoUnit.DAYS.between(article, byTense)) > FAR_DAYS;
        return farOff && sameYear != null ? sameYear : byTense;
    }

    private static LocalDate bestDay(IntFunction<LocalDate> inYear, LocalDate article, Tense tense) {
        LocalDate best = null;
        for (int year = article.getYear() - 1; year <= article.getYear() + 1; year++) {
            LocalDate candidate = inYear.apply(year);
            if (candidate != null && better(candidate, best, article, tense)) {
                best = candidate;
            }
        }
        return best;
    }

    static YearMonth monthWithoutYear(Month month, LocalDate article, Tense tense) {
        YearMonth nearest = bestMonth(month, article, Tense.UNKNOWN);
        boolean close = Math.abs(ChronoUnit.MONTHS.between(YearMonth.from(article), nearest)) <= CLOSE_MONTHS;
        return close ? nearest : bestMonth(month, article, tense);
    }

    /**
     * The latest such day on or before the article's day (February 29 of the last leap year it falls in): a day after
     * "since", which opens a span that runs up to the telling ("shut since Dec. 5" in a November article).
     */
    static LocalDate latestOnOrBefore(MonthDay monthDay, LocalDate article) {
        for (int year = article.getYear(); ; year--) {
            if (monthDay.isValidYear(year) && !monthDay.atYear(year).isAfter(article)) {
                return monthDay.atYear(year);
            }
        }
    }

    /** The latest such month on or before the article's own month. */
    static YearMonth latestMonth(Month month, LocalDate article) {
        YearMonth sameYear = YearMonth.of(article.getYear(), month);
        return sameYear.isAfter(YearMonth.from(article)) ? sameYear.minusYears(1) : sameYear;
    }

    private static YearMonth bestMonth(Month month, LocalDate article, Tense tense) {
        YearMonth articleMonth = YearMonth.from(article);
        YearMonth best = null;
        for (int year = article.getYear() - 1; year <= article.getYear() + 1; year++) {
            YearMonth candidate = YearMonth.of(year, month);
            if (best == null || betterMonth(candidate, best, articleMonth, tense)) {
                best = candidate;
            }
        }
        return best;
    }

    static LocalDate weekday(DayOfWeek day, LocalDate article, Tense tense) {
        LocalDate past = article.with(TemporalAdjusters.previousOrSame(day));
        LocalDate future = article.with(TemporalAdjusters.nextOrSame(day));
        if (future.equals(article.plusDays(1)) && tense != Tense.PAST) {
            return future;
        }
        return tense == Tense.FUTURE ? future : past;
    }

    private static boolean better(LocalDate candidate, LocalDate best, LocalDate article, Tense tense) {
        boolean fits = fitsTense(candidate.compareTo(article), tense);
        if (best == null) {
            return true;
        }
        boolean bestFits = fitsTense(best.compareTo(article), tense);
        if (fits != bestFits) {
            return fits;
        }
        long distance = Math.abs(ChronoUnit.DAYS.between(article, candidate));
        long bestDistance = Math.abs(ChronoUnit.DAYS.between(article, best));
        return distance < bestDistance;
    }

    private static boolean betterMonth(YearMonth candidate, YearMonth best, YearMonth article, Tense tense) {
        boolean fits = fitsTense(candidate.compareTo(article), tense);
        boolean bestFits = fitsTense(best.compareTo(article), tense);
        if (fits != bestFits) {
            return fits;
        }
        long distance = Math.abs(ChronoUnit.MONTHS.between(article, candidate));
        long bestDistance = Math.abs(ChronoUnit.MONTHS.between(article, best));
        return distance < bestDistance;
    }

    /** The article's own day or month fits either tense. */
    private static boolean fitsTense(int comparedToArticle, Tense tense) {
        return switch (tense) {
            case PAST -> comparedToArticle <= 0;
            case FUTURE -> comparedToArticle >= 0;
            case UNKNOWN -> true;
        };
    }
}
