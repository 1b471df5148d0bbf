package dev.storybrief.wording;

import dev.storybrief.model.Words;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page's stamp of when it last changed ("Last updated at 14:59 GMT", "Page last updated at 07:41 GMT, Wednesday,
 * 9 June 2010", "(Updated 7:40 p.m.)", "Stand: 08.09.2023 14:32 Uhr"). The text cleaner reads the words to take the
 * stamp as an upper bound of the publication date and drop its line; a scraped collection, whose page furniture is
 * glued to the headline and the lead in one sentence ("24 June 2010 Last updated at 14:59 GMT A year on from the
 * death ..."), needs the stamp cut out of the sentence: it is no event of its day.
 */
public final class UpdateStamps {
    /**
     * The words of a stamp that says when a page last changed: an upper bound of its publication date, never the date
     * ("Stand:" is German for "as of").
     */
    public static final String CHANGE_WORDS = "last modified|last updated|updated|modified|zuletzt aktualisiert"
            + "|aktualisiert|ge[aä]ndert|stand|mis [aà] jour(?: le)?|modifi[eé](?: le)?|zaktualizowano|aktualizacja"
            + "|actualizado(?: el)?|aggiornato(?: il| al)?";
    /** One word of a stamp's date and time: a number or clock time, a time zone, a month, a weekday. */
    private static final String TOKEN = "(?:\\d{1,4}(?:[:.]\\d{2})?(?:st|nd|rd|th)?(?:\\s*[ap]\\.?m\\.?)?"
            + "|gmt|bst|utc|cet|cest|e[sd]?t|[cmp][sd]t|uk|uhr|(?:" + WrittenDates.MONTHS + ")\\.?"
            + "|(?:mon|tues|wednes|thurs|fri|satur|sun)day)(?![\\p{L}\\d])";
    /** The date and time after the stamp's words: "at 14:59 GMT", ": 14 January, 2010 - 17:26 GMT". */
    private static final String BODY = "\\s*(?:(?:on|at|am|le)\\s+)?:?\\s*" + TOKEN
            + "(?:[\\s,|–-]*(?:(?:at|on)\\s+)?" + TOKEN + ")*";
    /** The page's date line right before its stamp: "24 June 2010 Last updated at ...". */
    private static final String DATE_LINE = "(?:\\d{1,2}\\s+(?:" + WrittenDates.MONTHS + ")\\.?,?\\s+\\d{4}"
            + "|(?:" + WrittenDates.MONTHS + ")\\.?\\s+\\d{1,2},?\\s+\\d{4})\\s+";
    /** "Last updated" or "last modified" is a stamp wherever the scrape glued it. */
    private static final Pattern LAST_CHANGED = Pattern.compile("(?iu)(?<![\\p{L}\\d])(?:" + DATE_LINE
            + ")?(?:page\\s+)?last\\s+(?:updated|modified)" + BODY);
    /** Any other change word, or "posted"/"published", is a stamp only where the text opens with it. */
    private static final Pattern OPENING = Pattern.compile("(?iu)^(?:" + DATE_LINE + ")?(?:" + CHANGE_WORDS
            + "|posted|published)" + BODY);
    /** "(Updated 7:40 p.m. (0240 in Egypt))": a stamp in brackets, with what the brackets hold. */
    private static final Pattern BRACKETED = Pattern.compile("(?iu)^\\((?:" + CHANGE_WORDS
            + "|posted|published)\\s*:?\\s*\\d[^()]*(?:\\([^()]*\\)[^()]*)*\\)");
    private static final Pattern DIGIT = Pattern.compile("\\d");

    private UpdateStamps() {
    }

    /** The text without the update stamps written in it (the text itself when it holds none). */
    public static String strip(String text) {
        String rest = cut(BRACKETED, text.strip());
        rest = cut(OPENING, rest);
        return cut(LAST_CHANGED, rest);
    }

    /** True when the text is nothing but a stamp, or a stamp and a word or two of furniture. */
    public static boolean isOnlyStamp(String text) {
        String rest = strip(text);
        return !rest.equals(text.strip()) && Words.count(rest) < 3;
    }

    /** Removes every match that holds a digit (a stamp gives its date or time; "updated figures" is no stamp). */
    private static String cut(Pattern stamp, String text) {
        Matcher m = stamp.matcher(text);
        StringBuilder out = new StringBuilder();
        int from = 0;
        while (m.find()) {
            if (DIGIT.matcher(m.group()).find()) {
                out.append(text, from, m.start()).append(' ');
                from = m.end();
            }
        }
        if (from == 0) {
            return text;
        }
        return out.append(text.substring(from)).toString().replaceAll("\\s{2,}", " ").strip();
    }
}
