package dev.storybrief.ingest.feed;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A feed item's date as ISO-8601, the one form storybrief gives dates in everywhere (the briefing, the JSON, the
 * HTTP API): RSS writes RFC 822 ("Thu, 12 Feb 2026 09:00:00 +0000"), Atom and Dublin Core already ISO-8601. The
 * instant is the one the feed library read; the offset is the one the feed wrote, kept so that the day stays the
 * outlet's own ("Sun, 14 Jun 2026 23:50:00 -0500" is 2026-06-14T23:50-05:00, the 14th, though the 15th in UTC).
 */
public final class FeedDates {
    /** The zone at the end of an RFC 822 date: a numeric offset or one of the names RFC 822 defines. */
    private static final Pattern ZONE = Pattern.compile("(?i)(?:\\s|\\d)([+-]\\d{2}:?\\d{2}|GMT|UTC|UT|Z|[ECMP][SD]T)\\s*$");
    /** An ISO-8601 date, perhaps with a time and an offset: already the form wanted. */
    private static final Pattern ISO = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}(?:[T ].*)?$");
    /** The North American zones RFC 822 names, by their offset in hours. */
    private static final Map<String, Integer> NAMED = Map.of("EST", -5, "EDT", -4, "CST", -6, "CDT", -5,
            "MST", -7, "MDT", -6, "PST", -8, "PDT", -7);

    private FeedDates() {
    }

    /**
     * The date as ISO-8601: {@code written} as it is when it is ISO-8601 already; else the instant at the offset
     * {@code written} ends with; else the instant in UTC. Null when both are null.
     */
    static String iso(Instant instant, String written) {
        if (written != null && ISO.matcher(written.strip()).matches()) {
            return written.strip();
        }
        if (instant == null) {
            return written;
        }
        ZoneOffset offset = written == null ? ZoneOffset.UTC : offsetOf(written.strip());
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atOffset(offset));
    }

    /**
     * A stored date text as ISO-8601: as it is when it is ISO-8601 already or no RFC 822 date (then null stays null);
     * an RFC 822 date ("Thu, 12 Feb 2026 09:00:00 +0000", as the desk stored feed dates before they were written
     * ISO-8601) at its own offset.
     */
    public static String iso(String stored) {
        if (stored == null || ISO.matcher(stored.strip()).matches()) {
            return stored;
        }
        try {
            Instant instant = java.time.ZonedDateTime.parse(stored.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            return iso(instant, stored);
        } catch (java.time.format.DateTimeParseException e) {
            return stored;
        }
    }

    /** The day and time an RFC 822 date writes: "02 Dec 2026 09:15". */
    private static final Pattern DAY_AND_TIME = Pattern.compile("(\\d{1,2})\\s+\\p{L}{3,}\\.?\\s+\\d{2,4}\\s+(\\d{1,2}):(\\d{2})");

    /**
     * True when the instant a parser read is not the day and time the feed wrote: a lenient parser rolls an impossible
     * time over ("02 Dec 2026 25:61:00" becomes 3 December, 02:01), and a date that cannot be is no date at all, not
     * the next day.
     */
    static boolean rolledOver(Instant instant, String written) {
        if (instant == null || written == null) {
            return false;
        }
        Matcher m = DAY_AND_TIME.matcher(written);
        if (!m.find()) {
            return false;
        }
        var read = instant.atOffset(offsetOf(written.strip()));
        return read.getDayOfMonth() != Integer.parseInt(m.group(1)) || read.getHour() != Integer.parseInt(m.group(2))
                || read.getMinute() != Integer.parseInt(m.group(3));
    }

    /** The offset an RFC 822 date ends with; UTC when it names none that is known. */
    private static ZoneOffset offsetOf(String written) {
        Matcher m = ZONE.matcher(written);
        if (!m.find()) {
            return ZoneOffset.UTC;
        }
        String zone = m.group(1).toUpperCase(Locale.ROOT);
        if (NAMED.containsKey(zone)) {
            return ZoneOffset.ofHours(NAMED.get(zone));
        }
        if (zone.startsWith("+") || zone.startsWith("-")) {
            String digits = zone.replace(":", "");
            int hours = Integer.parseInt(digits.substring(1, 3));
            int minutes = Integer.parseInt(digits.substring(3, 5));
            try {
                return ZoneOffset.ofHoursMinutes(zone.startsWith("-") ? -hours : hours, zone.startsWith("-") ? -minutes : minutes);
            } catch (java.time.DateTimeException e) {
                return ZoneOffset.UTC;
            }
        }
        return ZoneOffset.UTC;
    }
}
