package dev.storybrief.group.stories;

import dev.storybrief.clean.LooseDate;
import dev.storybrief.ingest.MetaKey;
import dev.storybrief.ingest.RawDocument;
import java.time.LocalDate;

/**
 * An article's publication day as an epoch day, the unit every time window here counts in. Only the date its
 * container gave (JSON field, HTML metadata) is used: grouping must not guess dates from running text.
 */
public final class ArticleDates {
    /** The day of an article without a known date. */
    public static final long UNDATED = Long.MIN_VALUE;

    private ArticleDates() {
    }

    /** The publication day of {@code doc}, or {@link #UNDATED}. */
    public static long epochDay(RawDocument doc) {
        return epochDay(doc.meta(MetaKey.PUBLISHED));
    }

    /** The day a date string names ("1998-10-16", "2011-10-31T09:00:00Z", "31 Oct 2011"), or {@link #UNDATED}. */
    public static long epochDay(String published) {
        if (published == null || published.isBlank()) {
            return UNDATED;
        }
        return LooseDate.stated(published).map(LocalDate::toEpochDay).orElse(UNDATED);
    }

    /** True when the day is known. */
    public static boolean isDated(long day) {
        return day != UNDATED;
    }

    /** The day as ISO text, or {@code null} when undated. */
    public static String format(long day) {
        return isDated(day) ? LocalDate.ofEpochDay(day).toString() : null;
    }
}
