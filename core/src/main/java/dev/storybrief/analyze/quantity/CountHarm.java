package dev.storybrief.analyze.quantity;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which harm an English count of people counts, by the verb the count belongs to. A casualty report most often
 * gives two counts with a verb each ("killing 23 people and wounding more than 60", "23 people were killed and 60
 * wounded"): each count takes its own verb, the one that has it as object right before it or the one its own
 * clause puts after it, never the other count's. Only a count with no verb of its own falls back to the sentence;
 * one whose own verb harms no one ("Hundreds of people left their homes") counts no harm.
 */
final class CountHarm {
    /** A harm verb right before the figure (its qualifier included) takes the figure as its object. */
    private static final Pattern VERB_BEFORE = Pattern.compile("(?i)\\b(?:(?<killed>kill(?:s|ed|ing)?)"
            + "|(?<injured>injur(?:es|ed|ing)|wound(?:s|ed|ing)?|hurt(?:s|ing)?))\\s+$");
    /** Where the count's own clause ends after its noun: a stop, a conjunction or the next figure. */
    private static final Pattern CLAUSE_END = Pattern.compile("(?i)[,;:.()\"“”]|\\b(?:and|or|but|while|whereas)\\b|\\d");
    /** A verb in the count's own clause: a regular past form or a common irregular or auxiliary one. */
    private static final Pattern OWN_VERB = Pattern.compile("(?i)\\b(?:(?!hundred\\b)\\p{L}{3,}ed|left|fled|lost|went|took"
            + "|got|kept|stayed|spent|sought|fought|were|was|are|is|have|has|had|remain|remains)\\b");
    /**
     * "three died and ten were injured": a casualty report gives its second count without the noun, which the first
     * count named; the harm verb right after the figure says what it counts.
     */
    private static final Pattern ELLIPTICAL = Pattern.compile("(?i)^\\s+(?:(?:were|was|are|have|has|had|been|later"
            + "|also|seriously|badly|critically|slightly|fatally)\\s+){0,3}(?:(?<killed>killed|died|dead)"
            + "|(?<injured>injured|wounded|hurt))\\b");
    static final String KILLED = "people killed";
    static final String INJURED = "people injured";

    private CountHarm() {
    }

    /**
     * "people killed" or "people injured" for a count of people.
     *
     * @param sentence the whole sentence, the fallback when the count has no verb of its own
     * @param before   the words before the figure and its qualifier
     * @param after    the words after the counted noun
     * @return the harm, or null when the sentence names none
     */
    static String of(String sentence, String before, String after) {
        Matcher verb = VERB_BEFORE.matcher(before);
        if (verb.find()) {
            return verb.group("killed") != null ? KILLED : INJURED;
        }
        Matcher end = CLAUSE_END.matcher(after);
        String own = end.find() ? after.substring(0, end.start()) : after;
        String harm = QuantityExtractor.ENGLISH.harm(own);
        if (harm != null) {
            return harm;
        }
        // a verb of its own that harms no one ("Hundreds of people left their homes and 14 were killed"): no harm
        if (OWN_VERB.matcher(own).find()) {
            return null;
        }
        // no verb of its own ("23 people and 60 cattle were hurt"): the sentence's, injured first as before
        return QuantityExtractor.INJURED.matcher(sentence).find() ? INJURED
                : QuantityExtractor.KILLED.matcher(sentence).find() ? KILLED : null;
    }

    /**
     * "people killed" or "people injured" for a figure without its noun that a harm verb follows right after ("ten
     * were injured", "two were killed"); null otherwise.
     *
     * @param after the words after the figure
     */
    static String ofElliptical(String after) {
        Matcher verb = ELLIPTICAL.matcher(after);
        if (!verb.find()) {
            return null;
        }
        return verb.group("killed") != null ? KILLED : INJURED;
    }
}
