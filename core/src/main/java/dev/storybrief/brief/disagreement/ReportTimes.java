package dev.storybrief.brief.disagreement;

import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.Article;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When in its day a report came out, as the stamp its text prints says ("Published: May 11, 2026 13:40", "Thursday,
 * March 12, 2026 10:15 AM EDT", "26.11.2026 – 16:40 Uhr", "01/12/2026 19h40"): a death toll given as 12 at 08:15,
 * 19 at 13:40 and 23 at 19:05 of one day is one count rising through the day, which the day alone cannot tell from
 * three reports disagreeing. Only a stamp the text itself prints is read (the words its date came from); a time the
 * page's metadata gives is not kept with the article, and a date worked out from other reports has no time. Times are
 * compared as printed: the reports of one story are mostly of one place, and a zone name beside one stamp is not read.
 */
final class ReportTimes {
    /** The origin note of a date read from a stamp the text prints: its line in quotes. */
    private static final Pattern STAMP_ORIGIN = Pattern.compile("^text: \"(?<line>.*)\"$");
    /**
     * A time of day: hours and minutes with a colon or the French "h" ("13:40", "19h40", "7:10 a.m.", "10:15 AM"); a
     * dot is left out, as "26.11" is a day and a month.
     */
    private static final Pattern TIME = Pattern.compile("(?<![\\d:])(?<hour>[01]?\\d|2[0-3])(?::|h)(?<minute>[0-5]\\d)"
            + "(?![\\d])(?::[0-5]\\d)?(?:\\s*(?<half>[ap])\\.?\\s?m\\b\\.?)?", Pattern.CASE_INSENSITIVE);

    private ReportTimes() {
    }

    /** The time of day the article's own stamp prints, when its date was read from such a stamp. */
    static Optional<LocalTime> of(Article article) {
        if (article.published() == null || article.dateInferred() || article.dateOrigin() == null) {
            return Optional.empty();
        }
        Matcher origin = STAMP_ORIGIN.matcher(article.dateOrigin());
        return origin.matches() ? timeIn(origin.group("line")) : Optional.empty();
    }

    /** The first time of day written in a stamp's line. */
    static Optional<LocalTime> timeIn(String line) {
        Matcher m = TIME.matcher(line);
        if (!m.find()) {
            return Optional.empty();
        }
        int hour = Integer.parseInt(m.group("hour"));
        int minute = Integer.parseInt(m.group("minute"));
        String half = m.group("half");
        if (half != null) {
            if (hour < 1 || hour > 12) {
                return Optional.empty();
            }
            hour = hour % 12 + (half.toLowerCase(Locale.ROOT).equals("p") ? 12 : 0);
        }
        return Optional.of(LocalTime.of(hour, minute));
    }

    /** Each of the articles' stamped times by article id (articles without one are left out). */
    static Map<String, LocalTime> of(List<AnalyzedArticle> articles) {
        Map<String, LocalTime> times = new HashMap<>();
        articles.forEach(a -> of(a.article()).ifPresent(t -> times.put(a.id(), t)));
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
