package dev.storybrief.analyze.time;

import dev.storybrief.model.Granularity;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The unit two steps from the article's: {@code the week before last}, {@code the month before last}, {@code the year
 * before last}, {@code the day before yesterday}, {@code the day after tomorrow}, {@code the week after next}.
 *
 * <p>English names the unit beyond "last week" or "tomorrow" with these fixed phrases; TimeML tags the whole phrase as
 * one DATE (a week as {@code YYYY-Www}). Without this rule, "before"/"after" read "last" or "yesterday" as the event
 * a count is taken from ("the week before [the vote]") and the phrase got no value.
 */
final class TwoStepsAwayRule implements TemporalRule {

    /**
     * "Last" or "next" ending the phrase: "the week before last Tuesday's hearing" counts back from that Tuesday, and
     * "the year after next year's vote" from that vote, so a time word after them ends the match.
     */
    private static final Pattern TWO_STEPS = Pattern.compile("(?<![\\p{L}])[Tt]he\\s+(?:"
            + "(?<unit>week|month|year)\\s+(?<dir>before\\s+last|after\\s+next)"
            + "(?!\\s+(?i:week|weekend|month|year|night|spring|summer|autumn|fall|winter|quarter|season|time|"
            + MonthNames.WEEKDAY + "|" + MonthNames.FULL + ")(?![\\p{L}]))"
            + "|day\\s+(?<dayDir>before\\s+yesterday|after\\s+tomorrow))(?![\\p{L}])");

    @Override
    public void find(String sentence, Anchor anchor, List<TemporalMention> found) {
        Matcher matcher = TWO_STEPS.matcher(sentence);
        while (matcher.find()) {
            boolean day = matcher.group("unit") == null;
            Granularity unit = day ? Granularity.DAY
                    : Granularity.valueOf(matcher.group("unit").toUpperCase(Locale.ROOT));
            String dir = day ? matcher.group("dayDir") : matcher.group("dir");
            int steps = dir.startsWith("before") ? -2 : 2;
            String value = null;
            if (anchor.isKnown()) {
                LocalDate date = CalendarValues.shift(anchor.articleDate(), unit, steps);
                value = CalendarValues.render(date, unit);
            }
            found.add(TemporalRule.mention(sentence, matcher.start(), matcher.end(), value, unit, true));
        }
    }
}
