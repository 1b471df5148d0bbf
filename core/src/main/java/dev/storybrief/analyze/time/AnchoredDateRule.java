package dev.storybrief.analyze.time;

import dev.storybrief.model.Granularity;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Expressions counted from a day the sentence names right after them, which TimeML takes as one expression with the
 * day inside: {@code the week of March 6} (the ISO week holding it), {@code the day before last Tuesday('s hearing)},
 * {@code two days after Christmas}.
 *
 * <p>Unlike "a day after the vote", where the event named after "after" has no date of its own and the phrase gives
 * the event's day ({@link AnaphoricRule}), here the day is written, so the phrase is the day it counts to.
 */
final class AnchoredDateRule implements TemporalRule {

    /** The words before a day, matched against the text that ends where the day starts. */
    private static final Pattern LEAD = Pattern.compile("(?<![\\p{L}])(?i:(?<week>the\\s+week\\s+of)"
            + "|(?:(?<n>" + NumberWords.CARDINAL + ")\\s+days?|the\\s+day)\\s+(?<dir>before|after))\\s+$");
    private static final int LOOK_BACK = 30;

    @Override
    public void find(String sentence, Anchor anchor, List<TemporalMention> found) {
        for (TemporalMention day : List.copyOf(found)) {
            if (!day.isCalendarDate() || day.granularity() != Granularity.DAY) {
                continue;
            }
            int from = Math.max(0, day.start() - LOOK_BACK);
            Matcher lead = LEAD.matcher(sentence.substring(from, day.start()));
            if (!lead.find()) {
                continue;
            }
            LocalDate date = LocalDate.parse(day.calendarValue());
            int start = from + lead.start();
            if (lead.group("week") != null) {
                found.add(TemporalRule.mention(sentence, start, day.end(), CalendarValues.week(date),
                        Granularity.WEEK, day.relative()));
            } else {
                // "the days before Christmas" is a stretch of time, so only "the day" counts one
                int days = (lead.group("n") == null ? 1 : NumberWords.value(lead.group("n")))
                        * (lead.group("dir").equalsIgnoreCase("before") ? -1 : 1);
                found.add(TemporalRule.mention(sentence, start, day.end(), CalendarValues.day(date.plusDays(days)),
                        Granularity.DAY, day.relative()));
            }
        }
    }
}
