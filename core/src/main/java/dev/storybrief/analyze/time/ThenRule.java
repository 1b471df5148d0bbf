package dev.storybrief.analyze.time;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Then" pointing back at a deadline just told: "The offer expires on Nov. 30. Until then, holders may convert" and
 * "By then, the council hopes to have a budget" name the date the article gave before them, and TimeML tags the
 * "then" (without its preposition, a SIGNAL) with that date's value, type and precision.
 *
 * <p>Only "until", "till" and "by" make "then" a time: "and then", "then the group's leader" order events or mean
 * "at that time" without a date. "Since then" is left alone: it opens a stretch running up to the telling, whose value
 * is not the date it starts from (TimeBank's annotators leave it untagged). The date is the nearest one earlier in the
 * sentence, else the last one the article named; with neither, "then" stays untagged rather than guessed.
 */
final class ThenRule implements TemporalRule {

    private static final Pattern UNTIL_THEN = Pattern.compile("(?<![\\p{L}])(?i:until|till|by)\\s+(?<then>(?i:then))"
            + "(?![\\p{L}])");

    @Override
    public void find(String sentence, Anchor anchor, List<TemporalMention> found) {
        Matcher until = UNTIL_THEN.matcher(sentence);
        while (until.find()) {
            TemporalMention told = toldBefore(found, until.start(), anchor.named());
            if (told != null) {
                found.add(new TemporalMention(until.start("then"), until.end("then"), until.group("then"),
                        told.type(), told.value(), told.granularity(), true));
            }
        }
    }

    /** The nearest calendar date ending before {@code before} in the sentence, else the article's last named one. */
    private static TemporalMention toldBefore(List<TemporalMention> inSentence, int before,
                                              List<TemporalMention> named) {
        TemporalMention nearest = null;
        for (TemporalMention mention : inSentence) {
            boolean usable = mention.end() <= before && mention.isCalendarDate() && mention.value() != null;
            if (usable && (nearest == null || mention.end() > nearest.end())) {
                nearest = mention;
            }
        }
        if (nearest == null && !named.isEmpty()) {
            nearest = named.get(named.size() - 1);
        }
        return nearest;
    }
}
