package dev.storybrief.analyze.time;

import dev.storybrief.model.TimexType;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Quarters and halves of a year, as business news writes them: {@code the third quarter}, {@code third-quarter}
 * (results), {@code the fourth quarter of 1990}, {@code the 1988 second quarter}, {@code last year's third quarter},
 * {@code the year-earlier quarter}, {@code the latest quarter}, {@code the current quarter}, {@code the first half of
 * 1990}, {@code the third quarter of next year} (one expression, TIMEX3 {@code 2014-Q3}, not a quarter and a year). Values are TIMEX3 {@code 1989-Q3} and {@code 1990-H1}. A hyphenated quarter is an adjective and leaves its
 * determiner to the noun ("a [third-quarter] loss").
 *
 * <p>Without a year, an ordinal quarter is the one of the article's year, unless it has not begun by the article date
 * and the clause is not about the future: a fourth quarter reported in January is last year's. "The quarter", "the
 * latest quarter" and "last quarter" are the last complete quarter before the article date (results are reported
 * after the quarter closes); "the current quarter" and "this quarter" the article's own; "year-earlier" and "year-ago"
 * move back a year, alone too ("year-earlier profit").
 */
final class QuarterRule implements TemporalRule {

    private static final String YEAR = CalendarDateRule.YEAR;
    private static final String ORDINAL = "(?<ord>first|second|third|fourth|1st|2nd|3rd|4th)";
    private static final String BACK = "(?<back>year-earlier|year-ago|last\\s+year['’]s|prior-year|comparable\\s+year-ago"
            + "|comparable\\s+year-earlier)";
    private static final Pattern ORDINAL_QUARTER = Pattern.compile("(?<![\\p{L}\\d-])(?i:"
            + "(?:(?:the|its|a|their|this|that)\\s+)?"
            + "(?:(?<thisYear>this\\s+year['’]s)\\s+|(?<nextYear>next\\s+year['’]s)\\s+|" + BACK + "\\s+"
            + "|(?:fiscal\\s+)?(?<pre>" + YEAR + ")(?:['’]s)?\\s+|(?:comparable|same|flat|strong|weak|calendar)\\s+)*"
            + "(?:fiscal[\\s-])?" + ORDINAL + "(?:[\\s-](?:fiscal\\s+)?)(?<part>quarter|half)"
            + "(?:\\s+of\\s+(?:(?:fiscal\\s+)?(?<post>" + YEAR + ")|(?<postThis>this\\s+year)|(?<postLast>last\\s+year)"
            + "|(?<postNext>next\\s+year)))?)"
            + "(?![\\p{L}\\d])");
    private static final Pattern BARE_QUARTER = Pattern.compile("(?<![\\p{L}\\d-])(?i:"
            + "(?:(?<det>the|this|last|next|its)\\s+)(?:(?<mod>latest|current|previous|past|most\\s+recent|recent"
            + "|" + BACK.replace("(?<back>", "(?:") + "|comparable|same|fiscal)\\s+)*(?<part>quarter|period))"
            + "(?![\\p{L}\\d-])");

    /**
     * "The last half of 1989", "the latter half of the year": a year has two halves, so its last is its second
     * (TIMEX3 {@code 1989-H2}); without "of" ("the last half hour") it is no part of a year.
     */
    private static final Pattern LAST_HALF = Pattern.compile("(?<![\\p{L}\\d-])(?i:the\\s+(?:last|latter)\\s+half"
            + "\\s+of\\s+(?:(?<year>" + YEAR + ")|(?<own>this\\s+year|the\\s+year)|(?<previous>last\\s+year)))"
            + "(?![\\p{L}\\d])");

    /**
     * "Year-earlier" and "year-ago" alone before a noun ("compared with year-earlier profit", "the year-ago results"):
     * the comparison period a year back (before a count, "the year-earlier nine months", the count is the
     * expression); {@link QuarterAnchors} makes it a quarter once the article has named one.
     */
    private static final Pattern YEAR_BACK_ADJECTIVE = Pattern.compile("(?<![\\p{L}\\d-])(?i:year-(?:earlier|ago))"
            + "(?=\\s+\\p{L})(?!\\s+(?i:" + NumberWords.CARDINAL + ")\\s)");

    /**
     * The period an earnings story compares with, named by the year it lies in: "the same period last year", "the
     * quarter a year ago", "last year's quarter" (a year before the last complete quarter, or before the quarter the
     * article reports, {@link QuarterAnchors}). One expression, as TimeML tags it, not "last year" inside it.
     */
    static final String YEAR_BEFORE_PERIOD = "(?:the\\s+)?(?:same|corresponding|comparable)\\s+(?:quarter|period)\\s+"
            + "(?:last\\s+year|a\\s+year\\s+(?:ago|earlier|before))"
            + "|the\\s+(?:quarter|period)\\s+a\\s+year\\s+(?:ago|earlier|before)"
            + "|last\\s+year['’]s\\s+(?:quarter|period)";
    /** "The 1988 quarter", "the 1988 period": the year alone until the article names the quarter it reports. */
    static final String YEAR_PERIOD = "(?:the|its)\\s+(?<year>" + YEAR + ")\\s+(?:quarter|period)";
    private static final Pattern COMPARISON = Pattern.compile("(?<![\\p{L}\\d-])(?i:" + YEAR_BEFORE_PERIOD + "|"
            + YEAR_PERIOD + ")(?![\\p{L}\\d-])");

    @Override
    public void find(String sentence, Anchor anchor, List<TemporalMention> found) {
        Matcher comparison = COMPARISON.matcher(sentence);
        while (comparison.find()) {
            String value = comparison.group("year");
            if (value == null && anchor.isKnown()) {
                LocalDate article = anchor.articleDate();
                value = quarter(article.getYear() * 4 + (article.getMonthValue() - 1) / 3 - 1 - 4);
            }
            found.add(TemporalRule.timex(sentence, comparison.start(), comparison.end(), TimexType.DATE, value,
                    comparison.group("year") == null));
        }
        Matcher yearBack = YEAR_BACK_ADJECTIVE.matcher(sentence);
        while (yearBack.find()) {
            String value = anchor.isKnown() ? CalendarValues.year(anchor.articleDate().getYear() - 1) : null;
            found.add(TemporalRule.timex(sentence, yearBack.start(), yearBack.end(), TimexType.DATE, value, true));
        }
        Matcher ordinal = ORDINAL_QUARTER.matcher(sentence);
        while (ordinal.find()) {
            String value = anchor.isKnown() || explicitYear(ordinal) != null ? ordinalValue(sentence, anchor, ordinal)
                    : null;
            // "a third-quarter loss": the hyphenated quarter is an adjective, the determiner is the noun's
            boolean attributive = sentence.charAt(ordinal.start("part") - 1) == '-';
            int start = attributive ? Words.withoutDeterminer(sentence, ordinal.start(), ordinal.end())
                    : ordinal.start();
            found.add(TemporalRule.timex(sentence, start, ordinal.end(), TimexType.DATE, value,
                    explicitYear(ordinal) == null));
        }
        Matcher lastHalf = LAST_HALF.matcher(sentence);
        while (lastHalf.find()) {
            String value = null;
            if (lastHalf.group("year") != null) {
                value = lastHalf.group("year") + "-H2";
            } else if (anchor.isKnown()) {
                value = (anchor.articleDate().getYear() - (lastHalf.group("previous") != null ? 1 : 0)) + "-H2";
            }
            found.add(TemporalRule.timex(sentence, lastHalf.start(), lastHalf.end(), TimexType.DATE, value,
                    lastHalf.group("year") == null));
        }
        Matcher bare = BARE_QUARTER.matcher(sentence);
        while (bare.find()) {
            String text = bare.group().toLowerCase(Locale.ROOT);
            boolean period = bare.group("part").equalsIgnoreCase("period");
            boolean back = text.contains("year-earlier") || text.contains("year-ago") || text.contains("last year");
            // "the period" alone is any stretch of time; only a latest or year-earlier period is a quarter
            if (period && !back && !text.contains("latest")) {
                continue;
            }
            String value = null;
            if (anchor.isKnown()) {
                LocalDate article = anchor.articleDate();
                int current = (article.getMonthValue() - 1) / 3 + 1;
                String det = bare.group("det").toLowerCase(Locale.ROOT);
                boolean own = text.contains("current") || det.equals("this");
                int quarterIndex = article.getYear() * 4 + current - 1 + (own ? 0 : det.equals("next") ? 1 : -1);
                if (back) {
                    quarterIndex -= 4;
                }
                value = quarter(quarterIndex);
            }
            found.add(TemporalRule.timex(sentence, bare.start(), bare.end(), TimexType.DATE, value, true));
        }
    }

    /** The TIMEX3 value of a quarter counted from year 0 ({@code year * 4 + quarter - 1}). */
    private static String quarter(int index) {
        return (index / 4) + "-Q" + (index % 4 + 1);
    }

    private static String explicitYear(Matcher m) {
        return m.group("pre") != null ? m.group("pre") : m.group("post");
    }

    private static String ordinalValue(String sentence, Anchor anchor, Matcher m) {
        int number = switch (m.group("ord").toLowerCase(Locale.ROOT).charAt(0)) {
            case 'f', '1' -> m.group("ord").toLowerCase(Locale.ROOT).startsWith("fo") ? 4 : 1;
            case 's', '2' -> 2;
            case 't', '3' -> 3;
            default -> 4;
        };
        boolean half = m.group("part").equalsIgnoreCase("half");
        if (half && number > 2) {
            return null;
        }
        String explicit = explicitYear(m);
        int year;
        if (explicit != null) {
            year = Integer.parseInt(explicit);
        } else {
            LocalDate article = anchor.articleDate();
            year = article.getYear();
            int current = half ? (article.getMonthValue() - 1) / 6 + 1 : (article.getMonthValue() - 1) / 3 + 1;
            boolean explicitlyThisYear = m.group("thisYear") != null || m.group("postThis") != null;
            if (m.group("nextYear") != null || m.group("postNext") != null) {
                year++;
            } else if (m.group("back") != null || m.group("postLast") != null) {
                year--;
            } else if (!explicitlyThisYear && number > current
                    && TenseCues.around(sentence, m.start(), m.end()) != Tense.FUTURE) {
                year--;
            }
        }
        return String.format(Locale.ROOT, "%04d-%s%d", year, half ? "H" : "Q", number);
    }
}
