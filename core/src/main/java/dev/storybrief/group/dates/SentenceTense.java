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

    private SentenceTense() {
    }

    /** True when the sentence speaks of what is still to come. */
    public static boolean future(String sentence) {
        return FUTURE.matcher(sentence).find();
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
