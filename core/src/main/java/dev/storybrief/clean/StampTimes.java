package dev.storybrief.clean;

import dev.storybrief.model.Article;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The time of day, and the zone, of the stamp an article's date was read from: the line its text prints ("Published:
 * May 11, 2026 13:40", "Thursday, March 12, 2026 10:15 AM EDT", "26.11.2026 – 16:40 Uhr", "01/12/2026 19h40") or its
 * page's field ("2026-05-11T13:40:00+02:00", "Tue, 03 Nov 2026 18:20:00 GMT"). Kept with the date
 * ({@link dev.storybrief.model.DateProvenance#time}), where it is read: a toll given as 12 at 08:15 and 19 at 13:40 of one
 * day is one count rising, which the day alone cannot tell from two reports disagreeing.
 */
public final class StampTimes {
    /**
     * A time of day: hours and minutes with a colon or the French "h" ("13:40", "19h40", "7:10 a.m.", "10:15 AM"),
     * seconds and their fraction after; a dot is left out, as "26.11" is a day and a month.
     */
    private static final Pattern TIME = Pattern.compile("(?<![\\d:])(?<hour>[01]?\\d|2[0-3])(?::|h)(?<minute>[0-5]\\d)"
            + "(?![\\d])(?::(?<second>[0-5]\\d)(?:\\.\\d{1,9})?)?(?:\\s*(?<half>[ap])\\.?\\s?m\\b\\.?)?"
            // the zone: an offset right after the time ("+02:00", "Z"), or a zone's name in capitals after a space
            + "(?-i:(?<offset>Z|[+-](?:[01]\\d|2[0-3]):?[0-5]\\d)(?![\\d])|\\s*(?<name>MESZ|MEZ|CEST|CET|EEST|EET|WEST"
            + "|WET|AEST|AEDT|\\p{Lu}{1,2}T|UT|UTC|GMT)\\b)?", Pattern.CASE_INSENSITIVE);
    /**
     * Zone names a stamp prints and the offset they stand for; names that stand for two zones ("CST": America's
     * central time or China's, "IST") are left unread.
     */
    private static final Map<String, ZoneOffset> ZONE_NAMES = Map.ofEntries(
            Map.entry("GMT", ZoneOffset.UTC), Map.entry("UTC", ZoneOffset.UTC), Map.entry("UT", ZoneOffset.UTC),
            Map.entry("WET", ZoneOffset.UTC), Map.entry("WEST", ZoneOffset.ofHours(1)),
            Map.entry("BST", ZoneOffset.ofHours(1)), Map.entry("CET", ZoneOffset.ofHours(1)),
            Map.entry("MEZ", ZoneOffset.ofHours(1)), Map.entry("CEST", ZoneOffset.ofHours(2)),
            Map.entry("MESZ", ZoneOffset.ofHours(2)), Map.entry("EET", ZoneOffset.ofHours(2)),
            Map.entry("EEST", ZoneOffset.ofHours(3)), Map.entry("MSK", ZoneOffset.ofHours(3)),
            Map.entry("JST", ZoneOffset.ofHours(9)), Map.entry("KST", ZoneOffset.ofHours(9)),
            Map.entry("AEST", ZoneOffset.ofHours(10)), Map.entry("AEDT", ZoneOffset.ofHours(11)),
            Map.entry("EST", ZoneOffset.ofHours(-5)), Map.entry("EDT", ZoneOffset.ofHours(-4)),
            Map.entry("CDT", ZoneOffset.ofHours(-5)), Map.entry("MST", ZoneOffset.ofHours(-7)),
            Map.entry("MDT", ZoneOffset.ofHours(-6)), Map.entry("PST", ZoneOffset.ofHours(-8)),
            Map.entry("PDT", ZoneOffset.ofHours(-7)));
    /** The origin note of a date read from a stamp the text prints: its line in quotes ({@link TextMetadata}). */
    private static final Pattern TEXT_ORIGIN = Pattern.compile("^text: \"(?<line>.*)\"$");

    /** A stamp's time of day, and the zone it names, or null. */
    public record StampTime(LocalTime time, ZoneOffset zone) {
    }

    private StampTimes() {
    }

    /** The first time of day written in a stamp, with the zone written right after it. */
    public static Optional<StampTime> in(String stamp) {
        if (stamp == null) {
            return Optional.empty();
        }
        Matcher m = TIME.matcher(stamp);
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
        } else if (hour == 0 && minute == 0 && (m.group("second") == null || m.group("second").equals("00"))) {
            return Optional.empty(); // "2026-05-11T00:00:00": a date written as a moment, not a stamp of midnight
        }
        return Optional.of(new StampTime(LocalTime.of(hour, minute), zone(m)));
    }

    /** The first time of day written in a stamp ("Published: May 11, 2026 13:40": 13:40). */
    public static Optional<LocalTime> timeIn(String stamp) {
        return in(stamp).map(StampTime::time);
    }

    /**
     * The article with the time of day of the stamp its date was read from: {@code pageStamp}, the page's field, when
     * the date came from it, else the line its text prints (its origin note). A date without a stamp's time keeps none.
     */
    static Article timed(Article article, String pageStamp) {
        if (article.published() == null) {
            return article;
        }
        String stamp = pageStamp;
        if (stamp == null && article.dateOrigin() != null) {
            Matcher line = TEXT_ORIGIN.matcher(article.dateOrigin());
            stamp = line.matches() ? line.group("line") : null;
        }
        return in(stamp).map(t -> article.withDating(article.published(), article.dateOrigin(),
                article.dating().withTime(t.time(), t.zone()))).orElse(article);
    }

    private static ZoneOffset zone(Matcher m) {
        String offset = m.group("offset");
        if (offset != null) {
            if (offset.equalsIgnoreCase("Z")) {
                return ZoneOffset.UTC;
            }
            String digits = offset.replace(":", "");
            return ZoneOffset.ofHoursMinutes(Integer.parseInt(digits.substring(0, 3)),
                    (digits.charAt(0) == '-' ? -1 : 1) * Integer.parseInt(digits.substring(3)));
        }
        String name = m.group("name");
        return name == null ? null : ZONE_NAMES.get(name.toUpperCase(Locale.ROOT));
    }
}
