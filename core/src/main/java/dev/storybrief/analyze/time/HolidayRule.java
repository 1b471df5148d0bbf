package dev.storybrief.analyze.time;

import dev.storybrief.model.Granularity;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Holidays with a fixed rule: {@code Christmas}, {@code Christmas Eve}, {@code New Year's Day}, {@code Halloween},
 * {@code Valentine's Day}, {@code Boxing Day}, {@code Bastille Day}, {@code Thanksgiving} (US: fourth Thursday of
 * November), {@code Election Day} (US: the Tuesday after the first Monday of November), {@code Memorial Day} (US: the
 * last Monday of May), {@code the Fourth of July}. The year is chosen like a date written without one. Movable feasts
 * (Easter, Ramadan) are not covered, nor days whose date depends on the country (Independence Day, Labour Day).
 */
final class HolidayRule implements TemporalRule {

    private static final Map<String, IntFunction<LocalDate>> HOLIDAYS = Map.ofEntries(
            Map.entry("Christmas Eve", year -> LocalDate.of(year, 12, 24)),
            Map.entry("Christmas Day", year -> LocalDate.of(year, 12, 25)),
            Map.entry("Christmas", year -> LocalDate.of(year, 12, 25)),
            Map.entry("New Year's Eve", year -> LocalDate.of(year, 12, 31)),
            Map.entry("New Year's Day", year -> LocalDate.of(year, 1, 1)),
            Map.entry("Halloween", year -> LocalDate.of(year, 10, 31)),
            Map.entry("Valentine's Day", year -> LocalDate.of(year, 2, 14)),
            Map.entry("Boxing Day", year -> LocalDate.of(year, 12, 26)),
            Map.entry("Bastille Day", year -> LocalDate.of(year, 7, 14)),
            Map.entry("Fourth of July", year -> LocalDate.of(year, 7, 4)),
            Map.entry("Thanksgiving", year -> LocalDate.of(year, Month.NOVEMBER, 1)
                    .with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY))),
            Map.entry("Election Day", year -> LocalDate.of(year, Month.NOVEMBER, 1)
                    .with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)).plusDays(1)),
            Map.entry("Memorial Day", year -> LocalDate.of(year, Month.MAY, 1)
                    .with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY))));
    /**
     * "Last Thanksgiving", "next Christmas": the modifier belongs to the extent, as TimeML writes it, and picks the
     * holiday before or after the article whatever the clause's tense; "the last Christmas" (the final one) has no
     * such modifier.
     */
    private static final Pattern HOLIDAY = Pattern.compile("(?<![\\p{L}])(?:(?<![Tt]he\\s)(?<mod>[Ll]ast|[Nn]ext)\\s+)?"
            + "(?<name>Christmas Eve|Christmas Day|Christmas"
            + "|New Year['’]s Eve|New Year['’]s Day|Halloween|Valentine['’]s Day|Boxing Day|Bastille Day"
            + "|Fourth of July|Election Day|Memorial Day|Thanksgiving)(?: Day)?"
            + "(?![\\p{L}])");

    @Override
    public void find(String sentence, Anchor anchor, List<TemporalMention> found) {
        Matcher matcher = HOLIDAY.matcher(sentence);
        while (matcher.find()) {
            IntFunction<LocalDate> rule = HOLIDAYS.get(matcher.group("name").replace('’', '\''));
            String value = null;
            if (anchor.isKnown()) {
                String mod = matcher.group("mod");
                LocalDate article = anchor.articleDate();
                LocalDate day = mod == null
                        ? CalendarChoices.dayWithoutYear(rule, article,
                                TenseCues.around(sentence, matcher.start(), matcher.end()))
                        : beside(rule, article, mod.equalsIgnoreCase("last") ? -1 : 1);
                value = CalendarValues.day(day);
            }
            found.add(TemporalRule.mention(sentence, matcher.start(), matcher.end(), value, Granularity.DAY, true));
        }
    }

    /** The holiday's last day before the article ({@code step} -1) or its first after it (+1). */
    private static LocalDate beside(IntFunction<LocalDate> rule, LocalDate article, int step) {
        for (int year = article.getYear(); ; year += step) {
            LocalDate day = rule.apply(year);
            if (step < 0 ? day.isBefore(article) : day.isAfter(article)) {
                return day;
            }
        }
    }
}
