package dev.storybrief.analyze.time;

import dev.storybrief.model.Granularity;
import dev.storybrief.model.TimexType;
import java.util.List;

/** One family of temporal expressions: finds them in a sentence and resolves their values. */
interface TemporalRule {

    /**
     * Appends this rule's mentions to {@code found}. Rules run in a fixed order and may read what earlier rules found
     * (anaphoric phrases anchor on a date named earlier in the sentence); overlaps are settled by the tagger.
     */
    void find(String sentence, Anchor anchor, List<TemporalMention> found);

    /** Builds a mention over {@code [start, end)} of the sentence. */
    static TemporalMention mention(String sentence, int start, int end, String value, Granularity granularity,
                                   boolean relative) {
        return new TemporalMention(start, end, sentence.substring(start, end), value, granularity, relative);
    }

    /**
     * Builds a time of a day ("Thursday evening", "10 p.m. Wednesday"): TIMEX3 TIME, granularity DAY, the value the
     * day's date followed by the time ({@code 1998-02-12TEV}, {@code 1998-02-11T22:00}); {@code null} when the day is
     * not known.
     */
    static TemporalMention timeOfDay(String sentence, int start, int end, String day, String time, boolean relative) {
        return new TemporalMention(start, end, sentence.substring(start, end), TimexType.TIME,
                day == null ? null : day + time, Granularity.DAY, relative);
    }

    /** Builds a mention that is not a calendar date (a duration, set, time, quarter, season or reference). */
    static TemporalMention timex(String sentence, int start, int end, TimexType type, String value, boolean relative) {
        return new TemporalMention(start, end, sentence.substring(start, end), type, value, null, relative);
    }
}
