package dev.storybrief.brief.timeline;

import java.time.LocalDate;

/**
 * What timeline to summarise: how many dates, how many sentences per date, and the date range (either end may be
 * open).
 *
 * @param dates     most dates (at least 1)
 * @param sentences most sentences per date (at least 1)
 * @param from      first allowed day, or {@code null}
 * @param to        last allowed day, or {@code null}
 */
public record TimelineRequest(int dates, int sentences, LocalDate from, LocalDate to) {

    public TimelineRequest {
        if (dates < 1 || sentences < 1) {
            throw new IllegalArgumentException("a timeline needs at least 1 date and 1 sentence per date, got "
                    + dates + " and " + sentences);
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("the range ends (" + to + ") before it starts (" + from + ")");
        }
    }

    /** True when the day is in range. */
    public boolean allows(LocalDate day) {
        return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
    }
}
