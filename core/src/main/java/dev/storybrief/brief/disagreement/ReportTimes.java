package dev.storybrief.brief.disagreement;

import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.Article;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * When in its day a report came out, as the stamp its date was read from says: the time of day the clean stage keeps
 * with the date ({@link dev.storybrief.model.DateProvenance#time}, from "Published: May 11, 2026 13:40", "10:15 AM EDT",
 * "19h40" or a page's "2026-05-11T13:40:00+02:00"). A death toll given as 12 at 08:15, 19 at 13:40 and 23 at 19:05 of
 * one day is one count rising through the day, which the day alone cannot tell from three reports disagreeing. A date
 * worked out from other reports, or given by the user, has no time. Times are compared as printed when the stamps name
 * one zone or none (the reports of one story are mostly of one place); when they name several, each time that names
 * one is told in the zone most of them name.
 */
final class ReportTimes {
    private ReportTimes() {
    }

    /** The time of day the stamp of the article's date prints, as printed. */
    static Optional<LocalTime> of(Article article) {
        if (article.published() == null || article.dateInferred()) {
            return Optional.empty();
        }
        return Optional.ofNullable(article.dating().time());
    }

    /**
     * Each of the articles' stamped times by article id (articles without one are left out), in one zone when their
     * stamps name several; a time that would change its day in that zone is left out (its day is the stamp's).
     */
    static Map<String, LocalTime> of(List<AnalyzedArticle> articles) {
        Map<ZoneOffset, Long> zones = articles.stream().filter(a -> of(a.article()).isPresent())
                .map(a -> a.article().dating().zone()).filter(java.util.Objects::nonNull)
                .collect(Collectors.groupingBy(z -> z, java.util.TreeMap::new, Collectors.counting()));
        ZoneOffset common = zones.size() < 2 ? null
                : zones.entrySet().stream().max(Map.Entry.comparingByValue()).get().getKey();
        Map<String, LocalTime> times = new HashMap<>();
        for (AnalyzedArticle a : articles) {
            Optional<LocalTime> time = of(a.article());
            ZoneOffset zone = a.article().dating().zone();
            if (time.isEmpty()) {
                continue;
            }
            if (common == null || zone == null || zone.equals(common)) {
                times.put(a.id(), time.get());
                continue;
            }
            LocalDateTime there = a.article().published().atTime(time.get()).atOffset(zone)
                    .withOffsetSameInstant(common).toLocalDateTime();
            if (there.toLocalDate().equals(a.article().published())) {
                times.put(a.id(), there.toLocalTime());
            }
        }
        return times;
    }

    /**
     * True when two reports of known days came out at different moments: on different days, or on one day at two
     * different times both stamps print. A report of that day without a printed time may be of either time.
     */
    static boolean apart(LocalDate dayA, LocalTime timeA, LocalDate dayB, LocalTime timeB) {
        if (dayA == null || dayB == null) {
            return false;
        }
        return !dayA.equals(dayB) || timeA != null && timeB != null && !timeA.equals(timeB);
    }

    /** The moment a report of a known day came out: its stamped time, or the day's start when none is printed. */
    static LocalDateTime moment(LocalDate day, LocalTime time) {
        return time == null ? day.atStartOfDay() : day.atTime(time);
    }
}
