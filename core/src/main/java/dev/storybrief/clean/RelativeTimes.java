package dev.storybrief.clean;

import com.ibm.icu.text.RelativeDateTimeFormatter;
import com.ibm.icu.text.RelativeDateTimeFormatter.AbsoluteUnit;
import com.ibm.icu.text.RelativeDateTimeFormatter.Direction;
import com.ibm.icu.text.RelativeDateTimeFormatter.RelativeUnit;
import com.ibm.icu.util.ULocale;
import dev.storybrief.model.Words;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How long ago a page says something was posted: "5 hours ago", "2h ago", "just now", "yesterday", "vor 5 Minuten",
 * "il y a 2 heures", "3 godziny temu", "2 ore fa", "há 2 horas", and the date bar's day with its time ("wczoraj,
 * 18:20", "Vandaag, 10:15"). It dates nothing once the page is read later, so on a line of its own (under a headline,
 * beside a commenter's name) it is furniture. Besides the English, German, French and Polish forms written out here,
 * every language's forms come from CLDR through ICU's relative-time formatter: "N units ago" for seconds to years
 * with a number put for the count, "yesterday", and "today" or "yesterday" with a time.
 */
final class RelativeTimes {
    /** The time, as a regular expression without anchors. */
    static final String AGO = "(?:(?:\\d+|an?|one)\\s*(?:seconds?|secs?|minutes?|mins?|m|hours?|hrs?|h|days?|d"
            + "|weeks?|w|months?|years?|y)\\s+ago|just now|yesterday|vor (?:\\d+|einer?) (?:minuten?|stunden?|tag(?:en)?)"
            + "|il y a (?:\\d+|une?) (?:minutes?|heures?|jours?)|\\d+ (?:minut[y]?|godzin[ey]?|dni) temu)";
    /** The languages whose CLDR forms are read: those the tool briefs or reads dates in. */
    private static final String[] LANGUAGES = {"en", "de", "fr", "es", "it", "pt", "nl", "pl", "ru", "uk", "cs", "sk",
        "tr", "el", "id", "sv", "da", "nb", "fi", "hu", "ro", "bg", "hr", "sl", "sr", "ca", "vi", "ko", "ja", "zh", "fa",
        "ar", "he", "hi", "bn", "ur", "ta", "ne"};
    /** Counts whose forms cover each language's plural forms (one, few, many, other). */
    private static final int[] COUNTS = {1, 2, 3, 5, 11, 21, 22, 25, 102};
    /** A time of day after the day, as date bars write it: "18:20", "10.15", "18h20", "à 18h20", "om 10.15 uur". */
    private static final String TIME = "(?:\\s*[,،]?\\s*(?:\\p{L}{1,5}\\.?\\s+)?\\d{1,2}(?:[:.]|\\s?h\\s?)\\d{2}"
            + "(?:\\s*(?:uhr|uur|h))?)";
    /** The CLDR forms of "N units ago". */
    private static final Set<String> AGO_FORMS = new LinkedHashSet<>();
    /** The CLDR forms of "yesterday" alone or with a time, and "today" with a time. */
    private static final Set<String> DAY_FORMS = new LinkedHashSet<>();

    static {
        cldrForms();
    }

    /** A line that is nothing but such a time, maybe after a word or two ("Updated", "Posted", "Atualizado"). */
    private static final Pattern LINE = Pattern.compile("(?iu)^(?:(?:updated|posted|published|last updated)\\s*:?\\s*)?"
            + AGO + "\\.?$");
    /** A CLDR form alone ("Storm hit yesterday" is a headline; "PeterH 20 minutes ago" a commenter's line). */
    private static final Pattern CLDR_LINE = Pattern.compile("(?iu)^(?:" + String.join("|", AGO_FORMS) + "|"
            + String.join("|", DAY_FORMS) + ")\\.?$");
    /** The last field of a date bar: "N units ago" after the stamp's word ("Atualizado há 2 horas"). */
    private static final Pattern CHANGED_AGO = Pattern.compile("(?iu)^\\p{L}+\\s*:?\\s+(?:"
            + String.join("|", AGO_FORMS) + ")\\.?$");
    /** The longest such line. */
    private static final int MAX_WORDS = 6;

    private RelativeTimes() {
    }

    /** Whether the line is nothing but how long ago the page was posted or updated. */
    static boolean isLine(String line) {
        String stripped = line.strip();
        return Words.count(stripped) <= MAX_WORDS
                && (LINE.matcher(stripped).matches() || CLDR_LINE.matcher(stripped).matches());
    }

    /**
     * Whether a date bar's last field only says how long ago the page was posted or changed, maybe after the stamp's
     * word ("Atualizado há 2 horas", "Aggiornato 2 ore fa"): in a date bar, beside the date, that word is the stamp's.
     */
    static boolean isAgoField(String field) {
        String stripped = field.strip();
        return isLine(stripped) || Words.atMost(stripped, MAX_WORDS) && CHANGED_AGO.matcher(stripped).matches();
    }

    private static void cldrForms() {
        Set<String> forms = AGO_FORMS;
        Set<String> days = new LinkedHashSet<>();
        Set<String> yesterdays = new LinkedHashSet<>();
        for (String language : LANGUAGES) {
            RelativeDateTimeFormatter f = RelativeDateTimeFormatter.getInstance(new ULocale(language));
            for (RelativeUnit unit : new RelativeUnit[]{RelativeUnit.SECONDS, RelativeUnit.MINUTES, RelativeUnit.HOURS,
                RelativeUnit.DAYS, RelativeUnit.WEEKS, RelativeUnit.MONTHS, RelativeUnit.YEARS}) {
                for (int count : COUNTS) {
                    forms.add(asPattern(f.format(count, Direction.LAST, unit)));
                }
            }
            String yesterday = f.format(Direction.LAST, AbsoluteUnit.DAY);
            String today = f.format(Direction.THIS, AbsoluteUnit.DAY);
            if (yesterday != null && !yesterday.isBlank()) {
                yesterdays.add(asPattern(yesterday));
                days.add(asPattern(yesterday));
            }
            if (today != null && !today.isBlank()) {
                days.add(asPattern(today));
            }
        }
        DAY_FORMS.add("(?:" + String.join("|", yesterdays) + ")" + TIME + "?");
        DAY_FORMS.add("(?:" + String.join("|", days) + ")" + TIME);
    }

    /** The formatted text as a pattern: its digits any count, its spaces any space. */
    private static String asPattern(String formatted) {
        StringBuilder out = new StringBuilder();
        for (String part : formatted.toLowerCase(Locale.ROOT).split("(?<=\\p{Nd})(?!\\p{Nd})|(?<!\\p{Nd})(?=\\p{Nd})"
                + "|(?<=[\\s\\u00A0\\u202F])(?![\\s\\u00A0\\u202F])|(?<![\\s\\u00A0\\u202F])(?=[\\s\\u00A0\\u202F])")) {
            if (part.matches("\\p{Nd}+")) {
                out.append("\\p{Nd}+");
            } else if (part.matches("[\\s\\u00A0\\u202F]+")) {
                out.append("\\s*");
            } else if (!part.isEmpty()) {
                out.append(Pattern.quote(part));
            }
        }
        return out.toString();
    }
}
