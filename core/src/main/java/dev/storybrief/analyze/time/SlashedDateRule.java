package dev.storybrief.analyze.time;

import dev.storybrief.model.Granularity;
import dev.storybrief.wording.SlashedDates;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Numeric dates with slashes, "Updated 03/04/2026", "on 25/12/2026": read day or month first as the article writes
 * them ({@link Anchor#slashes()}, from its other dates, time zones, outlet); a part above 12 settles it alone. A date
 * that stays ambiguous gives no mention: guessing the month would place the event a month or more away.
 */
final class SlashedDateRule implements TemporalRule {

    @Override
    public void find(String sentence, Anchor anchor, List<TemporalMention> found) {
        Matcher m = SlashedDates.SLASHED.matcher(sentence);
        while (m.find()) {
            SlashedDates.read(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), m.group(3), anchor.slashes())
                    .ifPresent(date -> found.add(TemporalRule.mention(sentence, m.start(), m.end(),
                            CalendarValues.day(date), Granularity.DAY, false)));
        }
    }
}
