package dev.storybrief.analyze.time;

import dev.storybrief.model.Granularity;
import dev.storybrief.model.TimexType;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The edge of a period: {@code the end of October}, {@code end of the year}, {@code the beginning of next month},
 * {@code the end of 2011}, {@code year-end}, {@code the end of the decade}. The value is the period itself (MONTH or
 * YEAR or WEEK, a decade {@code 199} or a century {@code 19} as TIMEX3 writes them): which part of it is meant stays in
 * the text, because a timeline can place "end of October" no finer than October.
 */
final class PeriodBoundaryRule implements TemporalRule {

    private static final Pattern BOUNDARY = Pattern.compile("(?<![\\p{L}])(?:[Tt]he\\s+)?"
            + "(?:[Ee]nd|[Bb]eginning|[Ss]tart|[Mm]iddle)\\s+of\\s+(?:"
            + "(?:(?<rel>the|this|last|next)\\s+)?(?<unit>year|month|week)"
            + "|(?<longRel>the|this|last|next)\\s+(?<long>decade|century)"
            + "|(?<month>" + MonthNames.ANY + ")(?:,?\\s+(?<monthYear>" + CalendarDateRule.YEAR + "))?"
            + "|(?<year>" + CalendarDateRule.YEAR + "))(?![\\p{L}\\d])");

    /** Business copy's "year-end", "year end", "year's end": the end of the article's year, or of the last one. */
    private static final Pattern YEAR_END = Pattern.compile("(?<![\\p{L}-])(?i:year(?:-|\\s+|['’]s\\s+)end)"
            + "(?![\\p{L}\\d-])");

    @Override
    public void find(String sentence, Anchor anchor, List<TemporalMention> found) {
        Matcher yearEnd = YEAR_END.matcher(sentence);
        while (yearEnd.find()) {
            found.add(mention(sentence, yearEnd, yearEndValue(sentence, anchor, yearEnd), Granularity.YEAR, true));
        }
        Matcher matcher = BOUNDARY.matcher(sentence);
        while (matcher.find()) {
            TemporalMention mention = matcher.group("unit") != null ? relativePeriod(sentence, anchor, matcher)
                    : matcher.group("long") != null ? decadeOrCentury(sentence, anchor, matcher)
                    : matcher.group("month") != null ? month(sentence, anchor, matcher)
                    : mention(sentence, matcher, matcher.group("year"), Granularity.YEAR, false);
            found.add(mention);
        }
    }

    /**
     * "By year-end" is this year's; "since year-end", or a year end told in the past tense, the last one to have
     * passed (a January article's "at year-end, debt stood at" is the year just over).
     */
    private static String yearEndValue(String sentence, Anchor anchor, Matcher yearEnd) {
        if (!anchor.isKnown()) {
            return null;
        }
        String previous = Words.before(sentence, yearEnd.start()).toLowerCase(Locale.ROOT);
        boolean past = previous.equals("since") || !TenseCues.isDeadlinePreposition(previous)
                && TenseCues.around(sentence, yearEnd.start(), yearEnd.end()) == Tense.PAST;
        return CalendarValues.year(anchor.articleDate().getYear() - (past ? 1 : 0));
    }

    private static TemporalMention relativePeriod(String sentence, Anchor anchor, Matcher matcher) {
        Granularity unit = Granularity.valueOf(matcher.group("unit").toUpperCase(Locale.ROOT));
        String rel = matcher.group("rel") == null ? "this" : matcher.group("rel");
        int step = switch (rel) {
            case "last" -> -1;
            case "next" -> 1;
            default -> 0;
        };
        LocalDate article = anchor.articleDate();
        String value = article == null ? null : CalendarValues.render(CalendarValues.shift(article, unit, step), unit);
        return mention(sentence, matcher, value, unit, true);
    }

    /**
     * "By the end of the decade", "the start of next century": the decade or century itself, counted from the
     * article's own (TIMEX3's {@code 199}, {@code 20}); no calendar date, so it places nothing on a timeline.
     */
    private static TemporalMention decadeOrCentury(String sentence, Anchor anchor, Matcher matcher) {
        int step = switch (matcher.group("longRel")) {
            case "last" -> -1;
            case "next" -> 1;
            default -> 0;
        };
        String value = null;
        if (anchor.isKnown()) {
            int year = anchor.articleDate().getYear();
            value = matcher.group("long").equals("decade") ? String.valueOf(Math.floorDiv(year, 10) + step)
                    : String.format(Locale.ROOT, "%02d", Math.floorDiv(year, 100) + step);
        }
        return TemporalRule.timex(sentence, matcher.start(), matcher.end(), TimexType.DATE, value, true);
    }

    private static TemporalMention month(String sentence, Anchor anchor, Matcher matcher) {
        if (matcher.group("monthYear") != null) {
            YearMonth month = YearMonth.of(Integer.parseInt(matcher.group("monthYear")),
                    MonthNames.month(matcher.group("month")));
            return mention(sentence, matcher, CalendarValues.month(month), Granularity.MONTH, false);
        }
        String value = null;
        if (anchor.isKnown()) {
            Tense tense = TenseCues.around(sentence, matcher.start(), matcher.end());
            value = CalendarValues.month(CalendarChoices.monthWithoutYear(MonthNames.month(matcher.group("month")),
                    anchor.articleDate(), tense));
        }
        return mention(sentence, matcher, value, Granularity.MONTH, true);
    }

    private static TemporalMention mention(String sentence, Matcher matcher, String value, Granularity granularity,
                                           boolean relative) {
        return TemporalRule.mention(sentence, matcher.start(), matcher.end(), value, granularity, relative);
    }
}
