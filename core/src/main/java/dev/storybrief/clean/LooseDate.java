package dev.storybrief.clean;

import dev.storybrief.wording.SlashedDates;
import dev.storybrief.wording.WrittenDates;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the full dates that pages and wires print in metadata ("19 Nov 2011 15:04", "2011-10-24",
 * "October 31, 2011", "2011-10-31T09:00:00Z"), and in other languages through {@link WrittenDates} ("8. September 2023",
 * "08.09.2023"). Only complete dates: a date without a year is not a publication date.
 */
public final class LooseDate {
    /** "2026-10-07", and "2026/10/07": with the year first a slashed date cannot be read two ways. */
    private static final Pattern ISO = Pattern.compile("(\\d{4})([-/])(\\d{1,2})\\2(\\d{1,2})(?!\\d)");
    /** "20261007": ISO 8601's basic form, only as the whole value (a field), never inside running text. */
    private static final Pattern COMPACT = Pattern.compile("((?:19|20)\\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])");
    private static final String MONTH = "(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?";
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)? " + MONTH + ",? (\\d{4})\\b");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("\\b" + MONTH + " (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})\\b");
    private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
            "oct", "nov", "dec");

    private LooseDate() {
    }

    /**
     * The date an input states for itself (a JSON field, a page's metadata): found as {@link #find(String)} finds it,
     * and believable ({@link BelievableDates}): not a placeholder before 1900, not after the time of reading.
     */
    public static Optional<LocalDate> stated(String text) {
        return impossibleTime(text) ? Optional.empty() : find(text).filter(BelievableDates::believable);
    }

    /** A time of day after a date ("02 Dec 2026 25:61:00", "2026-12-02T24:30"). */
    private static final Pattern TIME_OF_DAY = Pattern.compile("\\d{4}(?:T|\\s+)(\\d{1,2}):(\\d{2})(?::(\\d{2}))?");

    /**
     * True when the date's time of day cannot be ("25:61:00"): a system that writes an impossible time wrote a broken
     * stamp, and its day is no better than its hour, so the input is undated rather than dated by half of it (a
     * lenient parser would even roll it over into the next day).
     */
    public static boolean impossibleTime(String text) {
        if (text == null) {
            return false;
        }
        Matcher m = TIME_OF_DAY.matcher(text);
        if (!m.find()) {
            return false;
        }
        int hour = Integer.parseInt(m.group(1));
        int minute = Integer.parseInt(m.group(2));
        int second = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        return hour > 24 || minute > 59 || second > 60 || hour == 24 && (minute > 0 || second > 0);
    }

    /** The first complete date found in the text, or empty. */
    public static Optional<LocalDate> find(String text) {
        return find(text, SlashedDates.Order.UNKNOWN);
    }

    /** The first complete date found in the text, a slashed one read in the given order ({@link SlashedDates}). */
    public static Optional<LocalDate> find(String text, SlashedDates.Order order) {
        if (text == null) {
            return Optional.empty();
        }
        Optional<LocalDate> iso = parseIsoInstant(text.strip());
        if (iso.isPresent()) {
            return iso;
        }
        Matcher m = ISO.matcher(text);
        if (m.find()) {
            return of(m.group(1), m.group(3), m.group(4));
        }
        m = COMPACT.matcher(text.strip());
        if (m.matches()) {
            return of(m.group(1), m.group(2), m.group(3));
        }
        m = DAY_MONTH_YEAR.matcher(text);
        if (m.find()) {
            return of(m.group(3), monthNumber(m.group(2)), m.group(1));
        }
        m = MONTH_DAY_YEAR.matcher(text);
        if (m.find()) {
            return of(m.group(3), monthNumber(m.group(1)), m.group(2));
        }
        // "8. September 2023", "08.09.2023", "8 septembre 2023": pages and copied text in their own language
        return WrittenDates.find(text, order);
    }

    private static Optional<LocalDate> parseIsoInstant(String text) {
        try {
            return Optional.of(OffsetDateTime.parse(text).toLocalDate());
        } catch (DateTimeParseException e) {
            try {
                return Optional.of(ZonedDateTime.parse(text, RFC_1123).toLocalDate());
            } catch (DateTimeParseException e2) {
                return Optional.empty();
            }
        }
    }

    private static final DateTimeFormatter RFC_1123 = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .append(DateTimeFormatter.RFC_1123_DATE_TIME).toFormatter(Locale.ROOT);

    private static String monthNumber(String name) {
        return String.valueOf(MONTHS.indexOf(name.substring(0, 3).toLowerCase(Locale.ROOT)) + 1);
    }

    private static Optional<LocalDate> of(String year, String month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
