package dev.storybrief.analyze.time;

import dev.storybrief.model.CountedLength;
import dev.storybrief.model.Granularity;
import dev.storybrief.model.TimexType;
import dev.storybrief.model.TimexValues;
import java.util.Objects;

/**
 * One temporal expression found in a sentence.
 *
 * <p>{@code start}/{@code end} are character offsets into the sentence (end exclusive) and {@code text} is exactly that
 * substring. Extents follow the TimeML TIMEX3 habit: a governing preposition is left out ("on Monday" gives
 * {@code Monday}), modifiers that change the value are kept ({@code last Friday}, {@code the end of October},
 * {@code earlier this year}).
 *
 * @param type        the TIMEX3 type: calendar dates, quarters, seasons, decades and PRESENT_REF-style references are
 *                    DATE; lengths of time DURATION; recurrences SET; times of day TIME
 * @param value       for a calendar date {@code YYYY-MM-DD} (DAY, and WEEK where it names the week's Monday),
 *                    {@code YYYY-MM} (MONTH) or {@code YYYY} (YEAR); otherwise the TIMEX3 value itself
 *                    ({@code 1989-Q3}, {@code 1998-SU}, {@code 199}, {@code PRESENT_REF}, {@code P9M},
 *                    {@code 1998-02-06TMO}, {@code XXXX-07}); {@code null} when the expression needs an anchor date
 *                    that was not given
 * @param granularity how precise a calendar {@code value} is (DAY for a time of a known day, TIME
 *                    {@code 1998-02-12TEV}); {@code null} for everything that is not a calendar day, week, month or
 *                    year
 * @param relative    true when the value depends on the article or reference date: deictic words ("yesterday",
 *                    "last week"), weekdays, anaphoric phrases ("the next day") and dates written without a year
 * @param length      for a count anchored to an event ("one year after he was killed"), the duration TimeML tags
 *                    as the TIMEX3; {@code null} otherwise
 */
public record TemporalMention(int start, int end, String text, TimexType type, String value, Granularity granularity,
                              boolean relative, CountedLength length) {

    /** Validates offsets and required fields. */
    public TemporalMention {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        if (start < 0 || end <= start || end - start != text.length()) {
            throw new IllegalArgumentException("bad mention extent [" + start + ", " + end + ") for '" + text + "'");
        }
        if (length != null && !text.startsWith(length.text())) {
            throw new IllegalArgumentException("length '" + length.text() + "' is not the start of '" + text + "'");
        }
    }

    /** A mention that names no counted length. */
    public TemporalMention(int start, int end, String text, TimexType type, String value, Granularity granularity,
                           boolean relative) {
        this(start, end, text, type, value, granularity, relative, null);
    }

    /** A calendar date mention (DATE with a granularity), the kind a timeline can place. */
    public TemporalMention(int start, int end, String text, String value, Granularity granularity, boolean relative) {
        this(start, end, text, TimexType.DATE, value, Objects.requireNonNull(granularity, "granularity"), relative);
    }

    /** The same mention with another value (a range's end moved, a quarter read), its counted length kept. */
    public TemporalMention withValue(TimexType type, String value, Granularity granularity) {
        return new TemporalMention(start, end, text, type, value, granularity, relative, length);
    }

    /** The same mention reaching further right ("until [1994 or later]"), its value and counted length kept. */
    public TemporalMention extendedTo(int end, String text) {
        return new TemporalMention(start, end, text, type, value, granularity, relative, length);
    }

    /** The same mention reaching further left ("[late yesterday]"), its value and counted length kept. */
    public TemporalMention extendedFrom(int start, String text) {
        return new TemporalMention(start, end, text, type, value, granularity, relative, length);
    }

    /** True when a value could be computed. */
    public boolean isResolved() {
        return value != null;
    }

    /** True for a resolved calendar day, week, month or year, or a time of a known day: what other expressions may count from. */
    public boolean isCalendarDate() {
        return value != null && granularity != null && (type == TimexType.DATE || type == TimexType.TIME);
    }

    /** The calendar part of {@link #value()}: {@code 1998-02-12} for {@code 1998-02-12TEV}; the value itself otherwise. */
    public String calendarValue() {
        return TimexValues.calendarPart(value);
    }
}
