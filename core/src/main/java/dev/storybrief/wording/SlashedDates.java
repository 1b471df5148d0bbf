package dev.storybrief.wording;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which way a text writes its slashed dates: "03/04/2026" is 3 April in Britain and Europe and March 4 in the United
 * States. A date with a part above 12 says it by itself; otherwise the article's own signals decide, in this order:
 * <ol>
 *   <li>its other slashed dates, where one part cannot be a month ("12/25/2026" is month first);</li>
 *   <li>a time in a US time zone ("10:15 AM ET", "9 p.m. PST") for month first; a European one ("14:32 CET", "BST",
 *       "Uhr") for day first;</li>
 *   <li>the outlet, when it is one of the US or British outlets whose habit is known;</li>
 *   <li>the language: French, German, Spanish, Italian, Portuguese and the other languages storybrief reads write the
 *       day first; English says nothing, since both habits write it.</li>
 * </ol>
 * Without any, an ambiguous date is read as neither: a wrong day is worse than none.
 */
public final class SlashedDates {

    /** The order of a text's slashed dates. */
    public enum Order {
        /** Day, month, year: "25/12/2026". */
        DAY_FIRST,
        /** Month, day, year: "12/25/2026". */
        MONTH_FIRST,
        /** Nothing in the text says: an ambiguous date is not read. */
        UNKNOWN
    }

    /** Day or month, day or month, a four-digit year. */
    public static final Pattern SLASHED = Pattern.compile("(?<![\\d/])(\\d{1,2})/(\\d{1,2})/((?:19|20)\\d{2})(?![\\d/])");
    private static final Pattern US_TIME = Pattern.compile("(?i)\\d{1,2}(?:[:.]\\d{2})?\\s*(?:[ap]\\.?m\\.?\\s*)?"
            + "(?-i:E[SD]?T|C[SD]T|M[SD]T|P[SD]T|CT|PT)\\b");
    private static final Pattern EUROPEAN_TIME = Pattern.compile("\\d{1,2}[:.h]\\d{2}\\s*(?:(?-i:BST|CET|CEST|MEZ|MESZ"
            + "|WET|EET)\\b|(?i:uhr)\\b)"
            // the hour and minutes joined by "h" ("19h40") is how French, Portuguese and Spanish date bars write it
            + "|(?<![\\d\\p{L}])\\d{1,2}h\\d{2}(?![\\d\\p{L}])");
    /** Outlets whose own pages write the month first (US) or the day first (British), as outlets.tsv names them. */
    private static final Set<String> MONTH_FIRST_OUTLETS = Set.of("associated press", "cnn", "the new york times",
            "the washington post", "the wall street journal", "bloomberg", "npr", "fox news", "cbs news", "nbc news",
            "abc news", "usa today", "politico", "los angeles times", "the christian science monitor");
    private static final Set<String> DAY_FIRST_OUTLETS = Set.of("bbc", "the guardian", "the independent", "the times",
            "the daily telegraph", "financial times", "the economist", "sky news", "the irish times");

    private SlashedDates() {
    }

    /**
     * The order the signals of a text give.
     *
     * @param text     the article's text (all of it: a date anywhere in it tells)
     * @param outlet   its outlet as named, or null
     * @param language its language code, or null when unknown
     */
    public static Order orderOf(String text, String outlet, String language) {
        int dayFirst = 0;
        int monthFirst = 0;
        Matcher m = SLASHED.matcher(text == null ? "" : text);
        while (m.find()) {
            int first = Integer.parseInt(m.group(1));
            int second = Integer.parseInt(m.group(2));
            dayFirst += first > 12 && second <= 12 ? 1 : 0;
            monthFirst += second > 12 && first <= 12 ? 1 : 0;
        }
        if (dayFirst != monthFirst) {
            return dayFirst > monthFirst ? Order.DAY_FIRST : Order.MONTH_FIRST;
        }
        boolean usTime = text != null && US_TIME.matcher(text).find();
        boolean europeanTime = text != null && EUROPEAN_TIME.matcher(text).find();
        if (usTime != europeanTime) {
            return usTime ? Order.MONTH_FIRST : Order.DAY_FIRST;
        }
        String name = outlet == null ? "" : outlet.strip().toLowerCase(Locale.ROOT);
        if (MONTH_FIRST_OUTLETS.contains(name)) {
            return Order.MONTH_FIRST;
        }
        if (DAY_FIRST_OUTLETS.contains(name)) {
            return Order.DAY_FIRST;
        }
        return language == null || language.equals("en") ? Order.UNKNOWN : Order.DAY_FIRST;
    }

    /** The date "first/second/year" means in a text of that order; empty when it is no date or stays ambiguous. */
    public static Optional<LocalDate> read(int first, int second, String year, Order order) {
        boolean ambiguous = isAmbiguous(first, second);
        boolean monthFirst = second > 12 || ambiguous && order == Order.MONTH_FIRST;
        if (ambiguous && order == Order.UNKNOWN) {
            return Optional.empty();
        }
        try {
            return Optional.of(monthFirst ? LocalDate.of(Integer.parseInt(year), first, second)
                    : LocalDate.of(Integer.parseInt(year), second, first));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** True when both parts could be the month and they differ: "03/04" but not "04/04" or "13/04". */
    public static boolean isAmbiguous(int first, int second) {
        return first != second && first >= 1 && first <= 12 && second >= 1 && second <= 12;
    }

    /** The first slashed date of a text that stays ambiguous under the order, as written; empty when none. */
    public static Optional<String> firstAmbiguous(String text, Order order) {
        if (text == null || order != Order.UNKNOWN) {
            return Optional.empty();
        }
        Matcher m = SLASHED.matcher(text);
        while (m.find()) {
            if (isAmbiguous(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)))) {
                return Optional.of(m.group());
            }
        }
        return Optional.empty();
    }
}
