package dev.storybrief.eval.temporal;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The kind of temporal expression a timex is, read from its words alone, so that a gold timex the system missed
 * falls in the same class as the system timexes of its form. The first class whose pattern the lower-cased text holds
 * wins, so the narrower forms come first ("Friday night" is a part of a day, not a weekday).
 */
public enum ExpressionClass {
    /** "Friday night", "Thursday morning", "overnight", "tonight". */
    PART_OF_DAY("\\b(?:mon|tues|wednes|thurs|fri|satur|sun)day (?:morning|afternoon|evening|night)\\b|\\bovernight\\b"
            + "|\\btonight\\b|^(?:this|that|the) (?:morning|afternoon|evening|night)$"),
    /** Clock times: "5 p.m.", "noon Saturday", "midnight". */
    CLOCK_TIME("\\d ?(?:a\\.m|p\\.m|am\\b|pm\\b)|\\bnoon\\b|\\bmidnight\\b|\\d:\\d\\d|\\bgmt\\b|\\best\\b"),
    /** A year before something: "a year earlier", "a year ago", "year-ago", "the year-earlier period". */
    YEAR_BEFORE("\\b(?:a|one) year (?:earlier|ago|before)\\b|\\byear-(?:ago|earlier)\\b"),
    /** Fiscal years and quarters, halves: "fiscal 1988", "the third quarter", "the latest period". */
    QUARTER_OR_FISCAL("\\bfiscal\\b|\\bquarters?\\b|\\bhalf\\b|\\bperiod\\b"),
    /** A count of units from now or from another date: "three days later", "50 years ago", "two months earlier". */
    COUNTED_OFFSET("\\b(?:ago|earlier|later|before|after|hence)$"),
    /** Weeks: "last week", "this week", "the weekend", "two weeks ago". */
    WEEK("\\bweek(?:end)?\\b"),
    /** Vague references: "now", "current", "recent years", "the past", "soon", "the future". */
    VAGUE("\\b(?:now|current(?:ly)?|recent(?:ly)?|soon|future|previously|formerly|once|nowadays|the past|"
            + "coming (?:days|weeks|months|years)|these days|lately|past (?:few )?(?:days|weeks|months|years)|"
            + "(?:few|several|many) (?:days|weeks|months|years))\\b|^(?:decades|centuries|years|months|weeks|days)$"),
    /** Decades and centuries: "the 1960s", "the 20th century". */
    DECADE_OR_CENTURY("\\d0s\\b|\\bcentury\\b|\\bdecade\\b"),
    /** Seasons: "last spring", "summer". */
    SEASON("\\b(?:spring|summer|autumn|fall|winter)\\b"),
    /** Calendar days: "Oct. 31", "Sept. 27, 1989", "4 June". */
    MONTH_DAY("\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.? \\d{1,2}\\b"
            + "|\\b\\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"),
    /** Weekdays: "Friday", "last Monday". */
    WEEKDAY("\\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\\b"),
    /** Today, yesterday, tomorrow. */
    DEICTIC_DAY("\\b(?:today|yesterday|tomorrow)\\b"),
    /** Months: "April", "last February", "earlier this month", "the end of the month". */
    MONTH("\\b(?:january|february|march|april|may|june|july|august|september|october|november|december|month)\\b"),
    /** Years: "1989", "last year", "earlier this year", "the year". */
    YEAR("\\b\\d{4}\\b|\\byear\\b|\\byear-end\\b"),
    /** Lengths of time and recurrences: "six months", "daily", "24 hours a day". */
    LENGTH_OR_SET("\\b(?:second|minute|hour|day|month|year|decade)s?\\b|\\b(?:daily|weekly|monthly|annual(?:ly)?|"
            + "yearly|every|each)\\b"),
    /** Everything else. */
    OTHER("");

    private final Pattern pattern;

    ExpressionClass(String regex) {
        this.pattern = Pattern.compile(regex);
    }

    /** The class of a timex's text. */
    public static ExpressionClass of(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
        for (ExpressionClass c : values()) {
            if (c != OTHER && c.pattern.matcher(lower).find()) {
                return c;
            }
        }
        return OTHER;
    }
}
