package dev.storybrief.model;

/**
 * Reading TIMEX3 values: the day a time of day belongs to.
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
}
