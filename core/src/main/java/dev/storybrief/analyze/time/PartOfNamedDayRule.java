package dev.storybrief.analyze.time;

import dev.storybrief.model.Granularity;
import dev.storybrief.model.TimexType;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A part of a day named after it: "the evening of March 3", "on the night of Oct. 23", "the morning of Monday": one
 * TIMEX3 TIME, the day's date with the part ({@code 2026-03-03TEV}), as "March 3 evening" or "Thursday evening" are.
 * News dates an event within a day this way, and the day alone would lose the part the reader is told.
 */
final class PartOfNamedDayRule implements TemporalRule {

    private static final Pattern PART_OF = Pattern.compile("(?<![\\p{L}])[Tt]he\\s+(?<part>morning|afternoon|evening"
            + "|night)\\s+of\\s+$");

    @Override
    public void find(String sentence, Anchor anchor, List<TemporalMention> found) {
        for (TemporalMention day : List.copyOf(found)) {
            if (day.type() != TimexType.DATE || day.granularity() != Granularity.DAY) {
                continue;
            }
            Matcher part = PART_OF.matcher(sentence.substring(Math.max(0, day.start() - 32), day.start()));
            if (part.find()) {
                int start = day.start() - (part.regionEnd() - part.start());
                found.add(TemporalRule.timeOfDay(sentence, start, day.end(), day.value(),
                        CalendarValues.partOfDay(part.group("part")), day.relative()));
            }
        }
    }
}
