package dev.storybrief.group.dates;

import java.util.regex.Pattern;

/**
 * Whether a sentence tells something as done or as still to come, from cue words alone: "has announced",
 * "voted", "said" against "will", "is likely to", "expected to". A sentence with both kinds of cue is neither.
 */
public final class SentenceTense {
    private static final Pattern FUTURE = Pattern.compile("(?i)\\b(?:will|shall|is likely to|are likely to|"
            + "expected to|is set to|are set to|poised to|plans? to|is due to|are due to|is to|are to|going to|"
            + "would|intends? to|is preparing to|are preparing to)\\b");
    private static final Pattern PAST = Pattern.compile("(?i)\\b(?:(?:has|have|had)(?: \\p{L}+ly)? \\p{L}+(?:ed|en|t)"
            + "|was|were|said|told|\\p{L}{3,}ed)\\b");
    private static final Pattern NOT_PAST_ED = Pattern.compile("(?i)\\b(?:expected|scheduled|united|armed|based|"
            + "related|concerned|needed|proposed)\\b");

    /**
     * A day still ahead told without "will": a timetable's present ("the crossing resumes on Tuesday", "talks open
     * next week"), an end still to come ("suspended until Tuesday"), an expectation ("expects to restart", "is
     * expected on Monday"). English news tells done events in the past tense, so a schedule verb in the present
     * before a day, or "until" a weekday, points ahead even in a sentence closed by "said".
     */
    private static final Pattern ANNOUNCED = Pattern.compile("(?i)\\b(?:(?:resume|reopen|restart|return|start"
            + "|begin|close|end|run|sail|depart|arrive|leave)s?|opens|kicks? off|takes? place|go(?:es)? ahead"
            + "|comes? back)\\s+(?:again\\s+)?(?:on|from|next|this|tomorrow|tonight|later)\\b"
            + "|\\b(?:until|till)\\s+(?:next\\s+|this\\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\\b"
            + "|\\b(?:until|till)\\s+(?:further\\s+notice|tomorrow)\\b"
            + "|\\b(?:expects?|hopes?|aims?)\\s+to\\b|\\b(?:is|are)\\s+(?:expected|scheduled|due)\\b");

    private SentenceTense() {
    }

    /** True when the sentence speaks of what is still to come. */
    public static boolean future(String sentence) {
        return FUTURE.matcher(sentence).find();
    }

    /**
     * True when the sentence points ahead ({@link #future}), or names a day still to come without "will": a timetable
     * in the present ("resumes on Tuesday"), "until Tuesday", "expects to". Its days are of events after the text.
     */
    public static boolean announces(String sentence) {
        return future(sentence) || ANNOUNCED.matcher(sentence).find();
    }

    /** True when the sentence tells something as done and nothing as still to come. */
    public static boolean past(String sentence) {
        if (future(sentence)) {
            return false;
        }
        String cleaned = NOT_PAST_ED.matcher(sentence).replaceAll(" ");
        return PAST.matcher(cleaned).find();
    }
}
