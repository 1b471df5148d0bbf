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
 * November). The year is chosen like a date written without one. Movable feasts (Easter, Ramadan) are not covered.
 */
final class HolidayRule implements TemporalRule {

    private static final Map<String, IntFunction<LocalDate>> HOLIDAYS = Map.of(
            "Christmas Eve", year -> LocalDate.of(year, 12, 24),
            "Christmas Day", year -> LocalDate.of(year, 12, 25),
            "Christmas", year -> LocalDate.of(year, 12, 25),
            "New Year's Eve", year -> LocalDate.of(year, 12, 31),
            "New Year's Day", year -> LocalDate.of(year, 1, 1),
            "Halloween", year -> LocalDate.of(year, 10, 31),
            "Valentine's Day", year -> LocalDate.of(year, 2, 14),
            "Boxing Day", year -> LocalDate.of(year, 12, 26),
            "Bastille Day", year -> LocalDate.of(year, 7, 14),
            "Thanksgiving", year -> LocalDate.of(year, Month.NOVEMBER, 1)
                    .with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY)));
    private static final Pattern HOLIDAY = Pattern.compile("(?<![\\p{L}])(?<name>Christmas Eve|Christmas Day|Christmas"
            + "|New Year['’]s Eve|New Year['’]s Day|Halloween|Valentine['’]s Day|Boxing Day|Bastille Day"
            + "|Thanksgiving)(?: Day)?"
            + "(?![\\p{L}])");

    @Override
    public void find(String sentence, Anchor anchor, List<TemporalMention> found) {
        Matcher matcher = HOLIDAY.matcher(sentence);
        while (matcher.find()) {
            IntFunction<LocalDate> rule = HOLIDAYS.get(matcher.group("name").replace('’', '\''));
            String value = null;
            if (anchor.isKnown()) {
                Tense tense = TenseCues.around(sentence, matcher.start(), matcher.end());
                value = CalendarValues.day(CalendarChoices.dayWithoutYear(rule, anchor.articleDate(), tense));
            }
            found.add(TemporalRule.mention(sentence, matcher.start(), matcher.end(), value, Granularity.DAY, true));
        }
    }
}
