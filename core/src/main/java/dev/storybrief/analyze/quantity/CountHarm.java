package dev.storybrief.analyze.quantity;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which harm an English count of people counts, by the verb the count belongs to. A casualty report most often
 * gives two counts with a verb each ("killing 23 people and wounding more than 60", "23 people were killed and 60
 * wounded"): each count takes its own verb, the one that has it as object right before it or the one its own
 * clause puts after it, never the other count's. Only a count with no verb of its own falls back to the sentence.
 */
final class CountHarm {
    /** A harm verb right before the figure (its qualifier included) takes the figure as its object. */
    private static final Pattern VERB_BEFORE = Pattern.compile("(?i)\\b(?:(?<killed>kill(?:s|ed|ing)?)"
            + "|(?<injured>injur(?:es|ed|ing)|wound(?:s|ed|ing)?|hurt(?:s|ing)?))\\s+$");
    /** Where the count's own clause ends after its noun: a stop, a conjunction or the next figure. */
    private static final Pattern CLAUSE_END = Pattern.compile("(?i)[,;:.()\"“”]|\\b(?:and|or|but|while|whereas)\\b|\\d");
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
        // no verb of its own ("23 people and 60 cattle were hurt"): the sentence's, injured first as before
        return QuantityExtractor.INJURED.matcher(sentence).find() ? INJURED
                : QuantityExtractor.KILLED.matcher(sentence).find() ? KILLED : null;
    }
}
