package dev.storybrief.model;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneOffset;
import java.util.List;

/**
 * How an article's publication date is known: its source, how sure storybrief is (0 to 1), the articles an inferred
 * date was worked out from, and the latest date the article can have ("Last Modified: 19 Nov 2011" bounds the
 * publication date from above; it is not the date).
 *
 * @param source     where the date came from, or {@code null} when the article is undated
 * @param confidence 1 for a date the user or page gave, lower for text and inferred dates, 0 when undated
 * @param basis      ids of the articles an inferred date rests on; empty otherwise
 * @param notAfter   an upper bound from an "updated"/"last modified" stamp, or {@code null}
 * @param notAfterSource where the bound was read: the page's metadata ({@link DateSource#PAGE}), the text
 *                   ({@link DateSource#TEXT}), or a browser's print header ({@link DateSource#PRINTED}, the day the
 *                   reader printed it); {@code null} without a bound
 * @param dayFiled   the month and day an undated text's dateline gives without a year ("SOUTHPORT, Oct. 6 -"), its
 *                   year for the story to tell; {@code null} when there is none
 * @param time       the time of day the stamp the date was read from prints ("Published: May 11, 2026 13:40", a page's
 *                   "2026-05-11T13:40:00+02:00"); {@code null} when it prints none, or the date was worked out or given
 * @param zone       the offset from UTC that stamp gives with its time ("+02:00", "EDT"); {@code null} when it names
 *                   none, and the time is then as printed
 */
public record DateProvenance(DateSource source, double confidence, List<String> basis, LocalDate notAfter,
                             DateSource notAfterSource, MonthDay dayFiled, LocalTime time, ZoneOffset zone) {

    /**
     * An inferred date below this confidence is shown as uncertain: on DUC 2004 articles stripped of their dates, 9 of
     * the 14 inferred dates more than a day off fell below it, and none of the 25 within a day.
     */
    public static final double UNCERTAIN_BELOW = 0.4;

    /** Nothing known: no date, no bound. */
    public static final DateProvenance UNDATED = new DateProvenance(null, 0, List.of(), null, null);

    public DateProvenance {
        basis = List.copyOf(basis);
    }

    /** Date knowledge without a time of day. */
    public DateProvenance(DateSource source, double confidence, List<String> basis, LocalDate notAfter,
                          DateSource notAfterSource, MonthDay dayFiled) {
        this(source, confidence, basis, notAfter, notAfterSource, dayFiled, null, null);
    }

    /** Date knowledge without a dateline's year-less day. */
    public DateProvenance(DateSource source, double confidence, List<String> basis, LocalDate notAfter,
                          DateSource notAfterSource) {
        this(source, confidence, basis, notAfter, notAfterSource, null);
    }

    /** The provenance of a date read from a page, a text or the user, described by its origin note. */
    public static DateProvenance given(String origin, LocalDate notAfter, DateSource notAfterSource) {
        DateSource source = DateSource.ofOrigin(origin);
        double confidence = switch (source) {
            case USER, PAGE -> 1.0;
            case TEXT -> 0.9;
            case INFERRED -> 0.5;
            case PRINTED -> 0; // no origin note names a print day as a date
        };
        return new DateProvenance(source, confidence, List.of(), notAfter, notAfterSource);
    }

    /** The same bound, no date. */
    public DateProvenance undated() {
        return new DateProvenance(null, 0, List.of(), notAfter, notAfterSource, dayFiled);
    }

    /** The same date knowledge with the time of day its stamp prints, and the zone it names (null when none). */
    public DateProvenance withTime(LocalTime timeOfDay, ZoneOffset offset) {
        return new DateProvenance(source, confidence, basis, notAfter, notAfterSource, dayFiled, timeOfDay,
                timeOfDay == null ? null : offset);
    }

    /** The same date knowledge with an upper bound read from {@code boundSource} (PAGE or TEXT). */
    public DateProvenance withNotAfter(LocalDate bound, DateSource boundSource) {
        return new DateProvenance(source, confidence, basis, bound, bound == null ? null : boundSource, dayFiled, time,
                zone);
    }

    /** The same date knowledge with the month and day of a dateline that gives no year. */
    public DateProvenance withDayFiled(MonthDay day) {
        return new DateProvenance(source, confidence, basis, notAfter, notAfterSource, day, time, zone);
    }

    /**
     * The day of the article's last update its page or text states, or null: {@link #notAfter()} unless that bound is
     * only the day a reader printed the page, which tells no version apart.
     */
    public LocalDate updated() {
        return notAfterSource == DateSource.PRINTED ? null : notAfter;
    }

    /** True when the date was inferred rather than read. */
    public boolean inferred() {
        return source == DateSource.INFERRED;
    }

    /** True for an inferred date a reader should treat as a guess. */
    public boolean uncertain() {
        return inferred() && confidence < UNCERTAIN_BELOW;
    }
}
