package dev.storybrief.clean;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Whether a date an input states for itself can be its publication date. A date more than {@link #CLOCK_SKEW} after
 * the time of reading is a mistake or a placeholder (a feed's "2035-01-01", a JSON field's "2099-01-01"), and a date
 * before {@link #PLACEHOLDER_BEFORE} is a system's empty value ("0001-01-01", "1900-01-01"): either would make one
 * article a story of centuries. The one rule for feed items, JSON fields and page metadata.
 */
public final class BelievableDates {
    /** How far ahead of the reader's clock a date may be: a day covers every time zone and a clock set wrong. */
    public static final Duration CLOCK_SKEW = Duration.ofDays(1);
    /** Dates before this day are the empty values of databases and content systems, not dates of news. */
    public static final LocalDate PLACEHOLDER_BEFORE = LocalDate.of(1900, 1, 1);

    private BelievableDates() {
    }

    /** True when {@code instant} lies more than {@link #CLOCK_SKEW} after {@code now}. */
    public static boolean inFuture(Instant instant, Instant now) {
        return instant.isAfter(now.plus(CLOCK_SKEW));
    }

    /**
     * Why {@code date} cannot be a publication date read at {@code now} ("in the future", "a placeholder before
     * 1900"), or empty when it can.
     */
    public static Optional<String> problem(LocalDate date, Instant now) {
        if (date.isBefore(PLACEHOLDER_BEFORE)) {
            return Optional.of("a placeholder before " + PLACEHOLDER_BEFORE.getYear());
        }
        if (inFuture(date.atStartOfDay(ZoneOffset.UTC).toInstant(), now)) {
            return Optional.of("in the future");
        }
        return Optional.empty();
    }

    /** True when {@code date} can be a publication date read now. */
    public static boolean believable(LocalDate date) {
        return problem(date, Instant.now()).isEmpty();
    }
}
