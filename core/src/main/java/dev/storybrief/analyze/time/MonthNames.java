package dev.storybrief.analyze.time;

import java.time.DayOfWeek;
import java.time.Month;
import java.util.Locale;

/**
 * English month and weekday names as news copy writes them (full, or abbreviated AP-style with a dot): the one list
 * the temporal tagger, the period detector and the sentence trimmer all read.
 */
public final class MonthNames {

    /** Full month names; "May" and "March" are also a verb and a noun, so rules want a number or cue with them. */
    public static final String FULL = "January|February|March|April|May|June|July|August|September|October|November|December";

    /** Abbreviations; longer forms come first so the alternation does not stop early. */
    public static final String ABBREVIATED = "Sept\\.?|Sep\\.?|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?"
            + "|Oct\\.?|Nov\\.?|Dec\\.?";

    /** Any month spelling; only safe next to a day number or a year. */
    static final String ANY = "(?:" + FULL + "|" + ABBREVIATED + ")";

    /** Weekday names, as a regular-expression alternation. */
    public static final String WEEKDAY = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";

    private MonthNames() {
    }

    /** Parses any spelling in {@link #ANY}. */
    static Month month(String written) {
        String key = written.replace(".", "").toLowerCase(Locale.ROOT).substring(0, 3);
        for (Month month : Month.values()) {
            if (month.name().toLowerCase(Locale.ROOT).startsWith(key)) {
                return month;
            }
        }
        throw new IllegalArgumentException("not a month name: " + written);
    }

    static DayOfWeek weekday(String written) {
        return DayOfWeek.valueOf(written.toUpperCase(Locale.ROOT));
    }
}
