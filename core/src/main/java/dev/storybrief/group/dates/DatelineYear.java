package dev.storybrief.group.dates;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;

/**
 * The year of a dateline that gives only its month and day ("SOUTHPORT, Oct. 6 -"): a wire story is filed the day
 * it is dated, among the other reports of its story, so the year is the one that puts the day nearest the story's
 * latest dated report without coming after it by more than a few days (a report filed on 30 December belongs to a
 * story told in January, the year before).
 */
final class DatelineYear {
    /** How far after the story's latest dated report a dateline's day may fall, in days. */
    static final int AFTER_STORY_DAYS = PublicationDateInference.STORY_MARGIN_DAYS;

    private DatelineYear() {
    }

    /**
     * The dateline's day in the year the story's dates give it, not after {@code notAfter} (an update stamp) when
     * there is one; empty when the story has no dated report or no year fits.
     */
    static Optional<LocalDate> of(MonthDay day, List<LocalDate> storyDates, LocalDate notAfter) {
        LocalDate latest = storyDates.stream().max(LocalDate::compareTo).orElse(null);
        if (latest == null) {
            return Optional.empty();
        }
        LocalDate limit = latest.plusDays(AFTER_STORY_DAYS);
        for (int year = latest.getYear() + 1; year >= latest.getYear() - 1; year--) {
            if (!day.isValidYear(year)) {
                continue;
            }
            LocalDate candidate = day.atYear(year);
            if (!candidate.isAfter(limit) && (notAfter == null || !candidate.isAfter(notAfter))) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
