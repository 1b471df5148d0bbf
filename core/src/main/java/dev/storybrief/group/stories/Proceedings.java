package dev.storybrief.group.stories;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What reports of proceedings told in stages say: the kind of proceedings (a trial, an inquiry, a recall), each by the
 * words its reports use at one stage or another, and whether a piece looks back at a closed story. News follows a
 * trial, an inquiry or a recall in stages weeks or months apart, each report naming the same people and the same kind
 * of proceedings. Shared by the brief stage (which tells such a story over every period) and by story grouping (which
 * keeps such a story together across its time window, {@link ProceedingsThreads}), so that both go by one evidence.
 */
public final class Proceedings {
    /** Kinds of proceedings, each with the words its reports use at one stage or another. */
    private static final List<Pattern> KINDS = List.of(
            words("court|courts|trial|tried|jury|jurors|judge|verdict|guilty|convicted|acquitted|sentenced|sentencing"
                    + "|jailed|plea|pleaded|pleads|charged|prosecutors?|prosecution|defendants?|appeal|appealed"),
            words("inquiry|inquest|coroner|hearings?|investigators?|investigation"),
            words("recall|recalled|recalls"));
    /** What a piece looking back at a closed story says of itself. */
    private static final Pattern RETROSPECTIVE = Pattern.compile("(?i)\\banniversary\\b|\\bcommemorat|\\b(a|one|two|"
            + "three|four|five|six|seven|eight|nine|ten|twenty|\\d+) years? (on|ago|since|after)\\b");

    private Proceedings() {
    }

    private static Pattern words(String alternatives) {
        return Pattern.compile("(?i)\\b(" + alternatives + ")\\b");
    }

    /** The number of kinds of proceedings told apart. */
    public static int kinds() {
        return KINDS.size();
    }

    /** True when the text uses words of the {@code kind}-th kind of proceedings (0 to {@link #kinds()} - 1). */
    public static boolean speaksOf(int kind, String text) {
        return KINDS.get(kind).matcher(text).find();
    }

    /** True when the text says it looks back at a closed story (an anniversary, "five years on"). */
    public static boolean looksBack(String text) {
        return RETROSPECTIVE.matcher(text).find();
    }
}
