package dev.storybrief.clean;

import java.util.regex.Pattern;

/**
 * How long ago a page says something was posted: "5 hours ago", "2h ago", "just now", "yesterday", "vor 5 Minuten",
 * "il y a 2 heures", "3 godziny temu". It dates nothing once the page is read later, so on a line of its own (under a
 * headline, beside a commenter's name) it is furniture.
 */
final class RelativeTimes {
    /** The time, as a regular expression without anchors. */
    static final String AGO = "(?:(?:\\d+|an?|one)\\s*(?:seconds?|secs?|minutes?|mins?|m|hours?|hrs?|h|days?|d"
            + "|weeks?|w|months?|years?|y)\\s+ago|just now|yesterday|vor (?:\\d+|einer?) (?:minuten?|stunden?|tag(?:en)?)"
            + "|il y a (?:\\d+|une?) (?:minutes?|heures?|jours?)|\\d+ (?:minut[y]?|godzin[ey]?|dni) temu)";
    /** A line that is nothing but such a time, maybe after "Updated" or "Posted". */
    private static final Pattern LINE = Pattern.compile("(?iu)^(?:(?:updated|posted|published|last updated)\\s*:?\\s*)?"
            + AGO + "\\.?$");

    private RelativeTimes() {
    }

    /** Whether the line is nothing but how long ago the page was posted or updated. */
    static boolean isLine(String line) {
        return LINE.matcher(line).matches();
    }
}
