package dev.storybrief.analyze.time;

import dev.storybrief.model.Granularity;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Day-precise dates: ISO {@code 2011-10-24}, {@code October 31, 2011}, {@code Oct. 31}, {@code 19 Nov 2011},
 * {@code 31 October}, optionally after a weekday ("Monday 4 June", "Saturday morning, Sept. 26"). Dates written
 * without a year take the year
 * {@link CalendarChoices#dayWithoutYear} picks.
 */
final class CalendarDateRule implements TemporalRule {

    static final String YEAR = "(?:1[89]|2[01])\\d{2}";
    private static final String WEEKDAY_PREFIX = "(?:(?:" + MonthNames.WEEKDAY + ")"
            + "(?:\\s+(?<part>morning|afternoon|evening|night))?,?\\s+)?";
    private static final Pattern ISO = Pattern.compile(
            "(?<![\\d-])(?<year>\\d{4})-(?<month>\\d{2})-(?<day>\\d{2})(?![\\d-])");
    private static final Pattern MONTH_DAY = Pattern.compile("(?<![\\p{L}\\d])" + WEEKDAY_PREFIX
            + "(?<month>" + MonthNames.ANY + ")\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?(?![\\p{L}\\d]|:\\d)"
            + "(?:,?\\s+(?<year>" + YEAR + ")(?![\\d\\p{L}]))?");
    private static final Pattern DAY_MONTH = Pattern.compile("(?<![\\p{L}\\d,.:$])" + WEEKDAY_PREFIX
            + "(?<day>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?<month>" + MonthNames.ANY + ")(?![\\p{L}])"
            + "(?:,?\\s+(?<year>" + YEAR + ")(?![\\d\\p{L}]))?");

    @Override
    public void find(String sentence, Anchor anchor, List<TemporalMention> found) {
        Matcher iso = ISO.matcher(sentence);
        while (iso.find()) {
            addIfValid(sentence, anchor, iso, Integer.parseInt(iso.group("month")), null, found);
        }
        for (Pattern pattern : List.of(MONTH_DAY, DAY_MONTH)) {
            Matcher matcher = pattern.matcher(sentence);
            while (matcher.find()) {
                addIfValid(sentence, anchor, matcher, MonthNames.month(matcher.group("month")).getValue(),
                        matcher.group("part"), found);
            }
        }
    }

    /** Adds the date unless it is impossible; {@code part} is a part of the day written before it ("morning"). */
    private static void addIfValid(String sentence, Anchor anchor, Matcher matcher, int month, String part,
                                   List<TemporalMention> found) {
        int day = Integer.parseInt(matcher.group("day"));
        String year = matcher.group("year");
        try {
            String value;
            if (year != null) {
                value = CalendarValues.day(LocalDate.of(Integer.parseInt(year), month, day));
            } else {
                MonthDay monthDay = MonthDay.of(month, day);
                LocalDate article = anchor.isKnown() ? anchor.articleDate() : null;
                // "shut since Dec. 5" in a November article: the December before, as the span runs up to now
                // and "the quarter ended Oct. 31" in an Oct. 27 report: a period that ended did so before the telling
                boolean since = TenseCues.sinceBefore(sentence, matcher.start())
                        || TenseCues.endedBefore(sentence, matcher.start());
                value = article == null ? null : CalendarValues.day(since ? CalendarChoices.latestOnOrBefore(monthDay, article)
                        : CalendarChoices.dayWithoutYear(monthDay, article,
                        TenseCues.around(sentence, matcher.start(), matcher.end())));
            }
            found.add(part == null
                    ? TemporalRule.mention(sentence, matcher.start(), matcher.end(), value, Granularity.DAY, year == null)
                    : TemporalRule.timeOfDay(sentence, matcher.start(), matcher.end(), value,
                            CalendarValues.partOfDay(part), year == null));
        } catch (DateTimeException impossibleDate) {
            // "February 30" or "Oct. 45": a number next to a month that is not a date, so no mention
        }
    }
}
