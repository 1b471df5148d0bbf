package dev.storybrief.analyze.time;

import dev.storybrief.model.TimexType;
import dev.storybrief.model.TimexValues;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Weekends, TIMEX3 DATE {@code 1990-W32-WE}: {@code the weekend}, {@code this weekend}, {@code last weekend},
 * {@code next weekend}.
 *
 * <p>"The weekend" is the latest one that has begun by the article date ("said over the weekend" in a Monday paper),
 * or the coming one in a future clause ("ahead of the weekend"); "this weekend" is the one of the article's week,
 * or the latest in a past clause ("thousands marched this weekend" on a Monday), "last" the one before the latest, "next" the one after. A weekend is not a calendar day, so it is no calendar
 * mention: timelines do not place it.
 */
final class WeekendRule implements TemporalRule {

    /**
     * A possessive is the weekend too ("last weekend's storm"), and "this past weekend" is the past one with its
     * "this" in the extent.
     */
    private static final Pattern WEEKEND = Pattern.compile("(?<![\\p{L}])(?i:(?:this\\s+(?=past))?"
            + "(?<mod>the|this|last|next|past)\\s+)weekend(?![\\p{L}])");

    @Override
    public void find(String sentence, Anchor anchor, List<TemporalMention> found) {
        Matcher matcher = WEEKEND.matcher(sentence);
        while (matcher.find()) {
            String value = null;
            if (anchor.isKnown()) {
                Tense tense = TenseCues.around(sentence, matcher.start(), matcher.end());
                value = value(saturday(matcher.group("mod").toLowerCase(Locale.ROOT), anchor.articleDate(), tense));
            }
            found.add(TemporalRule.timex(sentence, matcher.start(), matcher.end(), TimexType.DATE, value, true));
        }
    }

    /** The Saturday of the weekend meant. */
    private static LocalDate saturday(String mod, LocalDate article, Tense tense) {
        LocalDate latest = article.with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
        return switch (mod) {
            // "crowds gathered this weekend" in a Monday paper: told in the past, the weekend just gone
            case "this" -> tense == Tense.PAST ? latest : article.with(DayOfWeek.SATURDAY);
            case "last", "past" -> article.getDayOfWeek().getValue() >= DayOfWeek.SATURDAY.getValue()
                    ? latest.minusWeeks(1) : latest;
            case "next" -> latest.plusWeeks(1);
            default -> tense == Tense.FUTURE && !article.equals(latest) && !article.equals(latest.plusDays(1))
                    ? latest.plusWeeks(1) : latest;
        };
    }

    private static String value(LocalDate saturday) {
        return TimexValues.isoWeek(saturday) + "-WE";
    }
}
