package dev.storybrief.model;

import java.util.Objects;

/**
 * A temporal expression of an article, normalised TIMEX3-style against the article's date.
 *
 * @param start       offset in the article text; extents follow TimeML (a governing preposition is left out)
 * @param end         offset after the expression
 * @param sentence    index of the sentence holding it
 * @param text        the expression as written ("on Friday" gives "Friday")
 * @param type        DATE, TIME, DURATION or SET
 * @param value       the TIMEX3 value ("2011-10-28", "2011-W43", "2011-10", "P3D", "PRESENT_REF", a time of a day
 *                    "2011-10-28TEV" or "2011-10-28T22:00"), or {@code null} when it depends on a date the article
 *                    does not give
 * @param granularity how precise a calendar value is (DAY for a time of a known day), or {@code null} for durations,
 *                    sets, references and times of no known day
 * @param relative    true when the value was computed from the article's date (weekdays, "yesterday", dates
 *                    without a year), so another article date would change it
 * @param length      for a count anchored to an event ("one year after he was killed"), the duration a TIMEX3
 *                    annotation shows ({@link CountedLength}); {@code null} otherwise
 */
public record TimexSpan(int start, int end, int sentence, String text, TimexType type, String value,
                        Granularity granularity, boolean relative, CountedLength length) {

    /** Validates the extent and required fields. */
    public TimexSpan {
        Spans.check(start, end, text);
        Objects.requireNonNull(type, "type");
    }

    /** A span that names no counted length. */
    public TimexSpan(int start, int end, int sentence, String text, TimexType type, String value,
                     Granularity granularity, boolean relative) {
        this(start, end, sentence, text, type, value, granularity, relative, null);
    }

    /** True when the expression names a calendar date, week, month or year (or a time of a day) that could be worked out. */
    public boolean isCalendarDate() {
        return value != null && granularity != null && (type == TimexType.DATE || type == TimexType.TIME);
    }

    /** The calendar part of {@link #value()}: "2011-10-28" for "2011-10-28TEV"; the value itself otherwise. */
    public String calendarValue() {
        return TimexValues.calendarPart(value);
    }
}
