package dev.storybrief.clean;

import java.util.regex.Pattern;

/**
 * Whether a line reports what someone said: a quotation, or a verb of saying ("said", "told", "according to",
 * "sagte", "a déclaré", "powiedział"). A page's furniture (a caption, a consent dialogue, a button) never does; a story's
 * paragraph often does, so a rule for furniture that would take such a line is wrong about it.
 */
final class ReportedSpeech {
    /** A quotation of three words or more between quotation marks. */
    private static final Pattern QUOTATION = Pattern.compile("[\"“„«»”‘]\\s*\\p{L}[^\"“”„«»]*?\\s\\S+\\s[^\"“”„«»]*[\"”“«»]");
    private static final Pattern SAYING = Pattern.compile("(?iu)\\b(?:said|says|told|tells|added|stated|declared|explained"
            + "|according to|sagte|sagten|erklärte|betonte|a (?:déclaré|dit|expliqué)|selon|powiedzia[łl]a?|wed[łl]ug)\\b");

    private ReportedSpeech() {
    }

    /** Whether the line quotes someone or says that someone spoke. */
    static boolean isReported(String line) {
        return QUOTATION.matcher(line).find() || SAYING.matcher(line).find();
    }
}
