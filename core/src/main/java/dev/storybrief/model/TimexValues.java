package dev.storybrief.model;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Locale;

/**
 * Reading and writing TIMEX3 values: the day a time of day belongs to, the ISO week a day lies in.
 */
public final class TimexValues {
    private TimexValues() {
    }

    /**
     * The calendar part of a TIMEX3 value: {@code 2011-10-28} for {@code 2011-10-28TEV} or {@code 2011-10-28T22:00};
     * any other value (a date, a week, {@code PRESENT_REF}, {@code null}) as it is.
     */
    public static String calendarPart(String value) {
        boolean timeOfDay = value != null && value.length() > 10 && value.charAt(10) == 'T'
                && value.charAt(4) == '-' && value.charAt(7) == '-';
        return timeOfDay ? value.substring(0, 10) : value;
    }

    /** The ISO week {@code day} lies in, as TIMEX3 writes it: {@code 2011-W43} (of the week-based year). */
    public static String isoWeek(LocalDate day) {
        return String.format(Locale.ROOT, "%04d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR),
                day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
}
