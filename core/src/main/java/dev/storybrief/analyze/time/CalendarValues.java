package dev.storybrief.analyze.time;

import dev.storybrief.model.Granularity;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;

/**
 * Renders resolved dates in the value formats {@link TemporalMention} promises, in ASCII digits under every default
 * locale (a bare {@code String.format} writes the locale's own digits).
 */
final class CalendarValues {

    private CalendarValues() {
    }

    static String day(LocalDate date) {
        return String.format(Locale.ROOT, "%04d-%02d-%02d", date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    /** A week is named by its Monday (ISO weeks start on Monday). */
    static String week(LocalDate anyDayOfWeek) {
        return day(anyDayOfWeek.with(DayOfWeek.MONDAY));
    }

    /** The day "today", "tonight", "yesterday" or "tomorrow" (any case) names, written on {@code article}. */
    static LocalDate deicticDay(String word, LocalDate article) {
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        return article.plusDays(lower.equals("yesterday") ? -1 : lower.equals("tomorrow") ? 1 : 0);
    }

    /** The TIMEX3 time of a part of the day: "morning" gives {@code TMO}, "night" {@code TNI}; null for other words. */
    static String partOfDay(String word) {
        return switch (word.toLowerCase(java.util.Locale.ROOT)) {
            case "morning" -> "TMO";
            case "afternoon" -> "TAF";
            case "evening" -> "TEV";
            case "night" -> "TNI";
            default -> null;
        };
    }

    static String month(YearMonth month) {
        return String.format(Locale.ROOT, "%04d-%02d", month.getYear(), month.getMonthValue());
    }

    static String year(int year) {
        return String.format(Locale.ROOT, "%04d", year);
    }

    /** Moves {@code date} by {@code amount} units of the granularity (a DAY unit is a day, WEEK a week, ...). */
    static LocalDate shift(LocalDate date, Granularity unit, int amount) {
        return switch (unit) {
            case DAY -> date.plusDays(amount);
            case WEEK -> date.plusWeeks(amount);
            case MONTH -> date.plusMonths(amount);
            case YEAR -> date.plusYears(amount);
        };
    }

    /** Renders {@code date} at the given granularity. */
    static String render(LocalDate date, Granularity granularity) {
        return switch (granularity) {
            case DAY -> CalendarValues.day(date);
            case WEEK -> CalendarValues.week(date);
            case MONTH -> CalendarValues.month(YearMonth.from(date));
            case YEAR -> CalendarValues.year(date.getYear());
        };
    }
}
