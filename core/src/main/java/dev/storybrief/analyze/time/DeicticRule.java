package dev.storybrief.analyze.time;

import dev.storybrief.model.Granularity;
import dev.storybrief.model.TimexType;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Expressions that count from the article date: {@code today}, {@code yesterday}, {@code tomorrow},
 * {@code this morning}, {@code last week}, {@code earlier this year}, {@code next month}, {@code three days ago},
 * {@code the current fiscal year}, {@code this past week}, {@code the year} (the length P1Y when named by its last day: "the year ended
 * March 31"), the TIME {@code last night}, and {@code several years ago}
 * (PAST_REF: no count places it).
 *
 * <p>Weeks resolve to their Monday with granularity WEEK. "Over the past week" is a length, not a date, and is skipped;
 * "the past year" and "the last decade" are the year and decade just gone, written as TIMEX3 DATEs that are not
 * calendar dates.
 */
final class DeicticRule implements TemporalRule {

    /** A day, or a part of one: "yesterday", "this morning", "tomorrow night" (a TIME, "1998-01-21TNI"). */
    private static final Pattern DAY_WORD = Pattern.compile("(?<![\\p{L}])(?<word>[Tt]oday|[Tt]onight|[Yy]esterday"
            + "|[Tt]omorrow|[Tt]his(?=\\s+(?:morning|afternoon|evening)))"
            + "(?:\\s+(?<part>morning|afternoon|evening|night))?(?![\\p{L}])");
    private static final Pattern UNIT = Pattern.compile("(?<![\\p{L}])(?:(?<adv>[Ee]arlier|[Ll]ater|[Ee]arly|[Ll]ate)"
            + "\\s+)?(?<mod>[Ll]ast|[Tt]his|[Nn]ext|(?:[Tt]he\\s+)?current)\\s+(?:fiscal\\s+)?(?<unit>week|month|year)"
            + "(?![\\p{L}])");
    /**
     * "The year" in news is the article's year ("earlier in the year", "for the year", "for the full year", "lower
     * earnings for the fiscal year"), unless a number follows.
     */
    private static final Pattern THE_YEAR = Pattern.compile("(?<![\\p{L}])[Tt]he\\s+(?:(?:full|fiscal)\\s+)?year"
            + "(?![\\p{L}\\d'’-]|\\s+\\d)");
    /**
     * "For the year ended March 31", "the fiscal year ending June 30": a year named by the day it ends is twelve months
     * back from that day, not a calendar year, so TIMEX3 can only write it as the length P1Y (anchored on that day);
     * a year ended Dec. 31 is the calendar year and stays a date.
     */
    private static final Pattern ENDED_ON = Pattern.compile("\\s+(?:that\\s+|which\\s+)?(?:ended|ending|ends)\\s+"
            + "(?!(?i:dec(?:ember|\\.)?)\\s+31(?!\\d))");
    /**
     * "For the year ended Dec. 31": the calendar year its Dec. 31 closes, so results published in March 1998 are for
     * 1997 when the date rule put that Dec. 31 in 1997 ("ending Dec. 31" is left the article's year).
     */
    private static final Pattern ENDED_DEC_31 = Pattern.compile("\\s+(?:that\\s+|which\\s+)?ended\\s+"
            + "(?<date>(?i:dec(?:ember|\\.)?)\\s+31)(?!\\d)");
    /** "Last night", "overnight": times of day, TIMEX3 TIME ("1998-01-19TNI"). */
    private static final Pattern NIGHT = Pattern.compile("(?<![\\p{L}])(?:[Ll]ast\\s+night|[Oo]vernight)(?![\\p{L}])");
    /**
     * "Two days ago", "twenty-five years ago", "a couple of weeks ago": any count, in words or digits (a count of
     * small words only read "twenty-five years ago" as "five years ago"); "two weeks from now", "three months hence"
     * count forward from the writing the same way (TIMEX3 DATE, as HeidelTime's "UNDEF-REF" rules write them). An
     * approximation is in the extent, as in a duration's ("[nearly four years ago]": TimeML's mod APPROX; the tuning
     * gold writes 4 of 4 so).
     */
    private static final Pattern AGO = Pattern.compile("(?<![\\p{L}\\d-])(?i:" + DurationRule.APPROX + "(?<n>"
            + NumberWords.CARDINAL + "))\\s+"
            + "(?<unit>day|week|month|year)s?\\s+(?:or\\s+so\\s+)?(?<dir>ago|from\\s+(?:now|today)|hence)(?![\\p{L}])");
    /**
     * "A decade ago", "two decades ago", "a century ago": TIMEX3 writes the decade or century counted back to
     * ({@code 200} for "a decade ago" in 2013, {@code 19} for "a century ago"), as it writes "the 2000s".
     */
    private static final Pattern LONG_AGO = Pattern.compile("(?<![\\p{L}\\d-])(?i:" + DurationRule.APPROX + "(?<n>"
            + NumberWords.CARDINAL + "))\\s+"
            + "(?<unit>(?i:decade|century|centurie))s?\\s+(?i:ago)(?![\\p{L}])");
    /**
     * "The past year", "over the last decade": news means the year or decade just gone, and TIMEX3 writes it as that
     * DATE (1997 in a 1998 article, 198 for the 1980s), as it writes "last year". No count follows (that is a length,
     * "the past two years"); "the past week" and "the last month" are left alone (they are mostly the days just gone).
     */
    private static final Pattern PAST_UNIT = Pattern.compile("(?<![\\p{L}])[Tt]he\\s+(?:past|last)\\s+"
            + "(?<unit>year|decade)(?![\\p{L}\\d-])");
    /**
     * "This past week": the week just told, a DATE where "the past week" is the seven days gone (left alone above).
     * "This" points at a calendar week: the one that ends with a weekend paper's own weekend, else the one before the
     * article's (a Monday paper's "this past week" is last week; midweek most of the seven days lie in it).
     */
    private static final Pattern THIS_PAST_WEEK = Pattern.compile("(?<![\\p{L}])[Tt]his\\s+past\\s+week(?![\\p{L}])");
    /** "Several years ago", "a few weeks ago": a past no count places, TIMEX3 PAST_REF. */
    private static final Pattern VAGUE_AGO = Pattern.compile("(?<![\\p{L}\\d])(?i:(?:a\\s+)?few|several|many)\\s+"
            + "(?i:day|week|month|year|decade)s\\s+ago(?![\\p{L}])");
    private static final Set<String> DURATION_LEAD = Set.of("the", "over", "past", "within", "throughout");
    /**
     * "Today's world", "today's youth", "many of today's personal computers", "the people of tomorrow": the present
     * age or the one to come, not the article's day nor the next. Neither is a day a timeline may place, and
     * TimeBank and AQUAINT leave them untagged (3 of 3 "today's" with such a head, 1 of 1 "of tomorrow"), where
     * "today's editions", "today's meeting" are the day.
     */
    private static final Pattern AGE_OF_TODAY = Pattern.compile("^['’]s\\s+(?:\\p{Ll}+\\s+)?(?:world|youth|society"
            + "|generations?|children|kids|young|teenagers|students|parents|families|women|men|workers|consumers"
            + "|economy|culture|technology|computers|standards|politics|media)(?![\\p{L}])");
    private static final Pattern OF_BEFORE = Pattern.compile("(?<![\\p{L}])(?<!(?i:as)\\s)(?i:of)\\s+$");

    @Override
    public void find(String sentence, Anchor anchor, List<TemporalMention> found) {
        LocalDate article = anchor.articleDate();
        Matcher day = DAY_WORD.matcher(sentence);
        while (day.find()) {
            if (!Words.before(sentence, day.start()).equals("USA") && !namesAnAge(sentence, day)) {
                String word = day.group("word").toLowerCase(Locale.ROOT);
                LocalDate date = article == null ? null : CalendarValues.deicticDay(word, article);
                if (day.group("part") == null || word.equals("tonight")) {
                    add(sentence, day, date, Granularity.DAY, found);
                } else {
                    found.add(TemporalRule.timeOfDay(sentence, day.start(), day.end(),
                            date == null ? null : CalendarValues.day(date), CalendarValues.partOfDay(day.group("part")),
                            true));
                }
            }
        }
        Matcher unit = UNIT.matcher(sentence);
        while (unit.find()) {
            String previous = Words.before(sentence, unit.start()).toLowerCase(Locale.ROOT);
            if (unit.group("adv") == null && DURATION_LEAD.contains(previous)) {
                continue;
            }
            int step = switch (unit.group("mod").toLowerCase(Locale.ROOT).replace("the ", "")) {
                case "last" -> -1;
                case "next" -> 1;
                default -> 0;
            };
            Granularity granularity = Granularity.valueOf(unit.group("unit").toUpperCase(Locale.ROOT));
            LocalDate date = article == null ? null : CalendarValues.shift(article, granularity, step);
            add(sentence, unit, date, granularity, found);
        }
        Matcher theYear = THE_YEAR.matcher(sentence);
        while (theYear.find()) {
            if (ENDED_ON.matcher(sentence).region(theYear.end(), sentence.length()).lookingAt()) {
                found.add(TemporalRule.timex(sentence, theYear.start(), theYear.end(), TimexType.DURATION, "P1Y",
                        false));
            } else {
                add(sentence, theYear, article == null ? null : yearEndedBy(sentence, theYear.end(), article, found),
                        Granularity.YEAR, found);
            }
        }
        Matcher night = NIGHT.matcher(sentence);
        while (night.find()) {
            String value = article == null ? null : CalendarValues.day(article.minusDays(1)) + "TNI";
            found.add(TemporalRule.timex(sentence, night.start(), night.end(), TimexType.TIME, value, true));
        }
        Matcher ago = AGO.matcher(sentence);
        while (ago.find()) {
            Granularity granularity = Granularity.valueOf(ago.group("unit").toUpperCase(Locale.ROOT));
            int amount = NumberWords.value(ago.group("n"));
            int step = ago.group("dir").equalsIgnoreCase("ago") ? -amount : amount;
            LocalDate date = article == null ? null : CalendarValues.shift(article, granularity, step);
            add(sentence, ago, date, granularity, found);
        }
        Matcher thisPast = THIS_PAST_WEEK.matcher(sentence);
        while (thisPast.find()) {
            LocalDate date = article == null ? null
                    : article.getDayOfWeek().getValue() >= DayOfWeek.SATURDAY.getValue() ? article
                    : article.minusWeeks(1);
            add(sentence, thisPast, date, Granularity.WEEK, found);
        }
        vagueAgo(sentence, found);
        longAgo(sentence, article, found);
        pastUnit(sentence, article, found);
    }

    private static void longAgo(String sentence, LocalDate article, List<TemporalMention> found) {
        Matcher ago = LONG_AGO.matcher(sentence);
        while (ago.find()) {
            if (Words.before(sentence, ago.start()).equalsIgnoreCase("half")) {
                continue; // "half a century ago" is five decades back, not ten
            }
            boolean decade = ago.group("unit").toLowerCase(Locale.ROOT).equals("decade");
            String value = null;
            if (article != null) {
                int back = article.getYear() - NumberWords.value(ago.group("n")) * (decade ? 10 : 100);
                value = decade ? String.format(Locale.ROOT, "%03d", back / 10)
                        : String.format(Locale.ROOT, "%02d", back / 100);
            }
            found.add(TemporalRule.timex(sentence, ago.start(), ago.end(), TimexType.DATE, value, true));
        }
    }

    /** Not a calendar date: a timeline would place the whole year on one event told "over the past year". */
    private static void pastUnit(String sentence, LocalDate article, List<TemporalMention> found) {
        Matcher past = PAST_UNIT.matcher(sentence);
        while (past.find()) {
            String value = null;
            if (article != null) {
                value = past.group("unit").equals("year") ? CalendarValues.year(article.getYear() - 1)
                        : String.format(Locale.ROOT, "%03d", article.getYear() / 10 - 1);
            }
            found.add(TemporalRule.timex(sentence, past.start(), past.end(), TimexType.DATE, value, true));
        }
    }

    private static void vagueAgo(String sentence, List<TemporalMention> found) {
        Matcher ago = VAGUE_AGO.matcher(sentence);
        while (ago.find()) {
            found.add(TemporalRule.timex(sentence, ago.start(), ago.end(), TimexType.DATE, "PAST_REF", true));
        }
    }

    /**
     * The year "the year" names: the one of the Dec. 31 that the sentence says ended it (the date rule has resolved
     * that day already), else the article's.
     */
    private static LocalDate yearEndedBy(String sentence, int yearEnd, LocalDate article, List<TemporalMention> found) {
        Matcher ended = ENDED_DEC_31.matcher(sentence).region(yearEnd, sentence.length());
        if (!ended.lookingAt()) {
            return article;
        }
        return found.stream()
                .filter(m -> m.start() == ended.start("date") && m.value() != null && m.value().endsWith("-12-31"))
                .map(m -> LocalDate.parse(m.value()))
                .findFirst()
                .orElse(article);
    }

    private static void add(String sentence, Matcher matcher, LocalDate date, Granularity granularity,
                            List<TemporalMention> found) {
        String value = date == null ? null : CalendarValues.render(date, granularity);
        found.add(TemporalRule.mention(sentence, matcher.start(), matcher.end(), value, granularity, true));
    }

    /** "Today's world", "the people of tomorrow": the present or coming age, not a day ({@link #AGE_OF_TODAY}). */
    private static boolean namesAnAge(String sentence, Matcher day) {
        String word = day.group("word").toLowerCase(Locale.ROOT);
        if (day.group("part") != null || !word.equals("today") && !word.equals("tomorrow")) {
            return false;
        }
        String rest = sentence.substring(day.end());
        if (AGE_OF_TODAY.matcher(rest).find()) {
            return true;
        }
        // "as of today" is the day itself
        return OF_BEFORE.matcher(sentence.substring(0, day.start())).find() && !rest.matches("(?s)^['’]s.*");
    }
}
