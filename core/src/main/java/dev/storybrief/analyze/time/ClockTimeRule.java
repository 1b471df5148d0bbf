package dev.storybrief.analyze.time;

import dev.storybrief.model.Granularity;
import dev.storybrief.model.TimexType;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Clock times, TIMEX3 TIME: {@code 10 p.m. Wednesday} (1998-02-11T22:00), {@code around 7:15 p.m.},
 * {@code noon Thursday}, {@code 5 p.m. EST Nov. 9}, {@code midnight Friday}, {@code midday}, {@code mid-afternoon
 * yesterday} (1989-11-01TAF).
 *
 * <p>The day is the one written after the time (a weekday, a month and day, today, tonight, yesterday, tomorrow);
 * without one, the nearest day the sentence names before or after it ("at 10:35 a.m. (0735 GMT) Friday"), else the
 * article's own date: news reports a time of the day it is about. Only a time written with its day is a calendar
 * mention (granularity DAY) that timelines place; a bare "at 8 a.m." tells a timeline nothing it does not know. An approximation ("around", "about") belongs to
 * the extent, as TimeML wants. A 24-hour time with a colon ("at 10:30 GMT", "at 14:00 local time") is read when a zone
 * or a time preposition marks it; one without a colon or in parentheses ("(0735 GMT)") is left alone: it is mostly a
 * conversion of the local time just given.
 */
final class ClockTimeRule implements TemporalRule {

    private static final String CLOCK = "(?:(?<hour>\\d{1,2})(?::(?<minute>\\d{2}))?\\s*(?<meridiem>[ap])\\.?m\\.?"
            + "(?![\\p{L}\\d])|(?<word>noon|midnight|midday)|[Mm]id-?\\s?(?<part>morning|afternoon|evening)(?![\\p{L}]))";
    private static final String ZONE = "(?:\\s+(?:[ECMP][SD]T|GMT|UTC))?";
    private static final String DAY = "(?:,?\\s+(?:(?<weekday>" + MonthNames.WEEKDAY + ")|(?<deictic>today|tonight"
            + "|yesterday|tomorrow)|(?<month>" + MonthNames.ANY + ")\\s+(?<date>\\d{1,2}))(?![\\p{L}\\d]))?";
    private static final Pattern TIME = Pattern.compile("(?<![\\p{L}\\d:.])(?i:(?:(?:around|about|approximately)\\s+)?)"
            + CLOCK + ZONE + DAY);
    /**
     * A 24-hour clock with its colon, as international news writes it: "at 10:30 GMT", "at 14:00 local time", "until
     * 23:59". Taken when a zone follows or a time preposition comes before (a bare "3:1" is a score or a ratio); not
     * in parentheses, where it converts the local time just given.
     */
    private static final Pattern TIME24 = Pattern.compile("(?<![\\p{L}\\d:.(])(?i:(?:(?:around|about|approximately)"
            + "\\s+)?)(?<hour>[01]?\\d|2[0-3]):(?<minute>[0-5]\\d)(?<zone>\\s+(?:GMT|UTC|BST|CET|CEST|[ECMP][SD]T"
            + "|local\\s+time))?(?![\\p{L}\\d:]|\\s*[AaPp]\\.?[Mm]\\b)" + DAY);
    private static final Set<String> TIME_PREPOSITIONS = Set.of("at", "from", "until", "till",
            "by", "before", "after", "since", "around", "about", "approximately");
    private static final int NEARBY_DAY = 60;

    @Override
    public void find(String sentence, Anchor anchor, List<TemporalMention> found) {
        Matcher matcher = TIME.matcher(sentence);
        while (matcher.find()) {
            String time = time(matcher);
            if (time == null) {
                continue;
            }
            boolean dayWritten = matcher.group("weekday") != null || matcher.group("deictic") != null
                    || matcher.group("month") != null;
            String day = day(sentence, matcher, anchor, found);
            boolean relative = matcher.group("month") == null;
            found.add(dayWritten
                    ? TemporalRule.timeOfDay(sentence, matcher.start(), matcher.end(), day, time, relative)
                    : TemporalRule.timex(sentence, matcher.start(), matcher.end(), TimexType.TIME,
                            day == null ? null : day + time, relative));
        }
        find24(sentence, anchor, found);
    }

    private static void find24(String sentence, Anchor anchor, List<TemporalMention> found) {
        Matcher matcher = TIME24.matcher(sentence);
        while (matcher.find()) {
            String before = Words.before(sentence, matcher.start()).toLowerCase(Locale.ROOT);
            if (matcher.group("zone") == null && !TIME_PREPOSITIONS.contains(before)) {
                continue;
            }
            String time = String.format(Locale.ROOT, "T%02d:%s", Integer.parseInt(matcher.group("hour")),
                    matcher.group("minute"));
            boolean dayWritten = matcher.group("weekday") != null || matcher.group("deictic") != null
                    || matcher.group("month") != null;
            String day = day(sentence, matcher, anchor, found);
            boolean relative = matcher.group("month") == null;
            found.add(dayWritten
                    ? TemporalRule.timeOfDay(sentence, matcher.start(), matcher.end(), day, time, relative)
                    : TemporalRule.timex(sentence, matcher.start(), matcher.end(), TimexType.TIME,
                            day == null ? null : day + time, relative));
        }
    }

    /** {@code T22:00}, {@code T12:00}, {@code T24:00}; null for an impossible clock ("14 p.m."). */
    private static String time(Matcher matcher) {
        // "by mid-afternoon", "at midmorning yesterday": a part of the day, written as TimeML writes "Thursday afternoon"
        if (matcher.group("part") != null) {
            return CalendarValues.partOfDay(matcher.group("part"));
        }
        String word = matcher.group("word");
        if (word != null) {
            return word.equalsIgnoreCase("midnight") ? "T24:00" : "T12:00";
        }
        int hour = Integer.parseInt(matcher.group("hour"));
        int minute = matcher.group("minute") == null ? 0 : Integer.parseInt(matcher.group("minute"));
        if (hour < 1 || hour > 12 || minute > 59) {
            return null;
        }
        boolean afternoon = matcher.group("meridiem").equalsIgnoreCase("p");
        int hour24 = afternoon ? (hour == 12 ? 12 : hour + 12) : (hour == 12 ? 0 : hour);
        return String.format(Locale.ROOT, "T%02d:%02d", hour24, minute);
    }

    private static String day(String sentence, Matcher matcher, Anchor anchor, List<TemporalMention> found) {
        if (!anchor.isKnown()) {
            return null;
        }
        LocalDate article = anchor.articleDate();
        Tense tense = TenseCues.around(sentence, matcher.start(), matcher.end());
        if (matcher.group("weekday") != null) {
            return CalendarValues.day(WeekdayRule.resolve(MonthNames.weekday(matcher.group("weekday")), "", article,
                    tense));
        }
        if (matcher.group("deictic") != null) {
            return CalendarValues.day(CalendarValues.deicticDay(matcher.group("deictic"), article));
        }
        if (matcher.group("month") != null) {
            try {
                MonthDay monthDay = MonthDay.of(MonthNames.month(matcher.group("month")),
                        Integer.parseInt(matcher.group("date")));
                return CalendarValues.day(CalendarChoices.dayWithoutYear(monthDay, article, tense));
            } catch (DateTimeException impossibleDate) {
                return null;
            }
        }
        return nearbyDay(matcher, found, CalendarValues.day(article));
    }

    /** The day a calendar-day mention within a few words of the time names, else {@code fallback}. */
    private static String nearbyDay(Matcher matcher, List<TemporalMention> found, String fallback) {
        TemporalMention nearest = null;
        int nearestDistance = NEARBY_DAY;
        for (TemporalMention m : found) {
            if (m.isCalendarDate() && m.granularity() == Granularity.DAY) {
                int distance = m.start() >= matcher.end() ? m.start() - matcher.end() : matcher.start() - m.end();
                if (distance >= 0 && distance < nearestDistance) {
                    nearest = m;
                    nearestDistance = distance;
                }
            }
        }
        return nearest == null ? fallback : nearest.calendarValue();
    }
}
