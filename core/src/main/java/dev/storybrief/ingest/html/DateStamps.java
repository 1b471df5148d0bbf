package dev.storybrief.ingest.html;

import dev.storybrief.wording.SlashedDates;
import dev.storybrief.wording.WrittenDates;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The stamps a page writes above or below its article saying when it was published and when it last changed, in the
 * words of its language: "Publié le 22/03/2026 à 21:45", "Mis à jour le 23/03/2026 à 08:10", "Veröffentlicht am
 * 22.03.2026", "Aktualisiert am 23.03.2026, 08:10 Uhr", "Actualizado el 23/03/2026", "Aggiornato il 23/03/2026",
 * "Atualizado em 23/03/2026 às 08h10", "Bijgewerkt op 23 maart 2026". A stamp is its word and a date right after it;
 * the languages that write these words write the day before the month, so "03/04/2026" after a French, German,
 * Spanish, Italian, Portuguese or Dutch word is 3 April (after an English one it is left unread: both orders are
 * written). An update's date is an upper bound of the publication date, never that date: the first date of a page
 * that only says when it was updated is not its publication date ({@link #withoutUpdates}).
 */
final class DateStamps {
    /** The words of a stamp saying when the page last changed. */
    private static final String UPDATED = "mis [aà] jour|modifi[ée]e?|derni[èe]re mise [aà] jour|actualizad[oa]"
            + "|[úu]ltima actualizaci[óo]n|modificad[oa]|zuletzt aktualisiert|aktualisiert|ge[äa]ndert"
            + "|aggiornat[oa]|ultimo aggiornamento|modificat[oa]|atualizad[oa]|[úu]ltima atualiza[çc][ãa]o"
            + "|bijgewerkt|laatst bijgewerkt|gewijzigd|last updated|updated|last modified|modified";
    /** The words of a stamp saying when the page was published. */
    private static final String PUBLISHED = "publi[ée]e?|ver[öo]ffentlicht|erschienen|publicad[oa]|pubblicat[oa]"
            + "|gepubliceerd|published|posted";
    /** The words English writes: its slashed dates are read in no order (both are written). */
    private static final Pattern ENGLISH = Pattern.compile("(?i)last updated|updated|last modified|modified|published"
            + "|posted");
    /** A stamp's word, then the little word before its date ("le", "am", "el", "il", "em", "op", "on", ":"). */
    private static final Pattern STAMP = Pattern.compile("(?iu)(?<![\\p{L}])(?:(" + UPDATED + ")|(" + PUBLISHED
            + "))(?![\\p{L}])\\s*(?:(?:le|am|el|il|em|op|on|at|à|a)(?![\\p{L}]))?\\s*:?\\s*");
    /** Characters after a stamp's word its date starts within (a weekday may stand before it: "le lundi 23 mars"). */
    private static final int DATE_WITHIN = 16;
    /** Characters a date takes from its first digit at most ("23 de septiembre de 2026", "23.03.2026"). */
    private static final int DATE_CHARS = 26;
    private static final Pattern DIGIT = Pattern.compile("\\d");

    private DateStamps() {
    }

    /** The date of the first stamp of publication in {@code text}, or empty. */
    static Optional<LocalDate> published(String text) {
        return first(text, false);
    }

    /** The date of the first stamp of an update in {@code text}, or empty. */
    static Optional<LocalDate> updated(String text) {
        return first(text, true);
    }

    /**
     * The text without its update stamps (the word and the text its date is read in): what is left to find a
     * publication date in.
     */
    static String withoutUpdates(String text) {
        Matcher m = STAMP.matcher(text);
        StringBuilder out = new StringBuilder();
        int from = 0;
        while (m.find()) {
            if (m.group(1) == null || m.start() < from) {
                continue;
            }
            int end = dateEnd(text, m);
            if (end > 0) {
                out.append(text, from, m.start()).append(' ');
                from = end;
            }
        }
        return from == 0 ? text : out.append(text.substring(from)).toString();
    }

    private static Optional<LocalDate> first(String text, boolean update) {
        Matcher m = STAMP.matcher(text);
        while (m.find()) {
            if ((m.group(1) != null) == update) {
                Optional<LocalDate> date = date(text, m);
                if (date.isPresent()) {
                    return date;
                }
            }
        }
        return Optional.empty();
    }

    /** The date written right after a stamp's word, or empty. */
    private static Optional<LocalDate> date(String text, Matcher stamp) {
        String window = window(text, stamp);
        if (window == null) {
            return Optional.empty();
        }
        boolean english = ENGLISH.matcher(stamp.group(1) != null ? stamp.group(1) : stamp.group(2)).matches();
        return WrittenDates.find(window, english ? SlashedDates.Order.UNKNOWN : SlashedDates.Order.DAY_FIRST);
    }

    /** Where the text a stamp's date is read in ends, or -1 when no date follows the stamp's word. */
    private static int dateEnd(String text, Matcher stamp) {
        String window = window(text, stamp);
        return window == null || date(text, stamp).isEmpty() ? -1 : stamp.end() + window.length();
    }

    /**
     * The text after a stamp's word in which its date must stand: from the word to at most {@link #DATE_CHARS}
     * characters past the date's first digit, cut at the next stamp's word; null when no digit stands within
     * {@link #DATE_WITHIN} characters of the word (every date read has its day's digits: "le lundi 23 mars 2026",
     * "March 23, 2026").
     */
    private static String window(String text, Matcher stamp) {
        int from = stamp.end();
        Matcher digit = DIGIT.matcher(text).region(from, Math.min(text.length(), from + DATE_WITHIN + 1));
        if (!digit.find()) {
            return null;
        }
        int to = Math.min(text.length(), digit.start() + DATE_CHARS);
        Matcher next = STAMP.matcher(text).region(from, to);
        if (next.find()) {
            to = next.start();
        }
        return text.substring(from, to);
    }
}
