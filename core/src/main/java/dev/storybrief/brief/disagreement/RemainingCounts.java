package dev.storybrief.brief.disagreement;

import java.util.regex.Pattern;

/**
 * A count given as what is left of it ("four people still missing", "two remain in hospital", "noch vermisst",
 * "仍有8人下落不明"): such a count falls as the days go by, so two of them on different days tell two steps.
 */
final class RemainingCounts {
    /**
     * Words after a count that give it as what is still left ("four people still missing", "two are yet to be found",
     * "noch vermisst", "toujours portés disparus", "siguen desaparecidos"), before the next clause.
     */
    private static final Pattern REMAINDER = Pattern.compile("(?iu)^[^,;.]*?\\b(?:"
            + "still|remain(?:s|ed|ing)?|yet to be|noch|toujours|encore|todav[íi]a|a[úu]n|siguen|ancora|ainda"
            + "|wci[ąa][żz]|nadal)\\b");
    /** How far after a count its remainder words are looked for. */
    private static final int REMAINDER_CHARS = 40;
    /** Chinese and Japanese say what is left of a count before the figure, glued to it: "仍有8人下落不明", "依然として". */
    private static final Pattern REMAINDER_GLUED_BEFORE = Pattern.compile(
            "(?:仍有|仍然有|尚有|还有|還有|依然有|依然として|いまだ|未だ|まだ)$");

    private RemainingCounts() {
    }

    /** The words right after the figure give it as what is left of a count ("still missing", "remain in hospital"). */
    static boolean statesWhatRemains(StatedFigure s) {
        String text = s.sentence().text();
        int end = Math.min(text.length(), Math.max(0, s.endInSentence()));
        int start = Math.min(end, Math.max(0, s.startInSentence()));
        return givesWhatRemains(text.substring(end)) || REMAINDER_GLUED_BEFORE.matcher(text.substring(0, start)).find();
    }

    /**
     * Whether the words after a count give it as what is left ("still missing", "noch vermisst"; "immer noch
     * vermisst" by its "noch").
     */
    static boolean givesWhatRemains(String after) {
        return REMAINDER.matcher(after.substring(0, Math.min(after.length(), REMAINDER_CHARS))).find();
    }
}
