package dev.storybrief.analyze.time;

import dev.storybrief.model.Granularity;
import dev.storybrief.model.TimexType;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Years written out in words, as broadcast transcripts write every number: {@code nineteen ninety-six}, {@code
 * January nineteen ninety-seven}, {@code the winter of nineteen ninety-four}, {@code the year two thousand}.
 *
 * <p>"Nineteen" followed by a tens word is a year (a count would say "nineteen hundred" or "one thousand nine
 * hundred"); "two thousand" is far more often a count ("two thousand people"), so it is a year only after a month,
 * a season or "the year".
 */
final class SpelledYearRule implements TemporalRule {

    private static final Pattern SPELLED = Pattern.compile("(?<![\\p{L}\\d-])(?:"
            + "(?<season>(?i:the\\s+)?(?<seasonWord>(?i:spring|summer|fall|autumn|winter))\\s+of)\\s+"
            + "|(?<month>" + MonthNames.FULL + "),?\\s+"
            + "|(?<theYear>(?i:the\\s+year))\\s+)?"
            + "(?<year>(?i:" + NumberWords.YEAR + "))(?![\\p{L}\\d-])");

    @Override
    public void find(String sentence, Anchor anchor, List<TemporalMention> found) {
        Matcher m = SPELLED.matcher(sentence);
        while (m.find()) {
            boolean lead = m.group("season") != null || m.group("month") != null || m.group("theYear") != null;
            if (!lead && NumberWords.isCountLike(m.group("year"))) {
                continue;
            }
            int year = NumberWords.year(m.group("year"));
            if (m.group("month") != null) {
                YearMonth month = YearMonth.of(year, MonthNames.month(m.group("month")));
                found.add(TemporalRule.mention(sentence, m.start(), m.end(), CalendarValues.month(month),
                        Granularity.MONTH, false));
            } else if (m.group("season") != null) {
                int season = SeasonRule.index(m.group("seasonWord").toLowerCase(Locale.ROOT));
                found.add(TemporalRule.timex(sentence, m.start(), m.end(), TimexType.DATE,
                        year + "-" + SeasonRule.code(season), false));
            } else {
                found.add(TemporalRule.mention(sentence, m.start(), m.end(), CalendarValues.year(year),
                        Granularity.YEAR, false));
            }
        }
    }
}
