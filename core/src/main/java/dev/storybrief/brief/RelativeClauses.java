package dev.storybrief.brief;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a date inside a relative clause as told of the clause's antecedent: in "Officials pointed to comments from
 * Qatar's top general, who said on Wednesday that ..." the dated event is "Qatar's top general said on Wednesday
 * that ...". Without a parser the antecedent is read backwards from the comma as a plain noun phrase; anything less
 * sure (a coordination, a verb where the phrase should start) leaves the sentence to {@link EventClauses}.
 */
final class RelativeClauses {
    private static final Pattern RELATIVE = Pattern.compile(",\\s+(?:who|which)\\s+");
    /** Words that end a noun phrase when read backwards from a relative clause: prepositions, verbs, conjunctions. */
    private static final Pattern NOT_IN_PHRASE = Pattern.compile("(?i:from|to|with|by|for|on|at|in|into|"
            + "about|against|than|that|and|or|but|as|out|up|off|over|under|after|before|during|since|through|among|"
            + "between|near|across|behind|around|within|without|upon|towards?|like|who|whom|whose|which|when|where|"
            + "while|if|because|not|also|then|so|said|says|told|met|is|was|are|were|has|had|have|be|been)"
            + "|\\p{Ll}+ed");
    /** A gerund ends the phrase unless a determiner makes it a noun's modifier ("the rowing club"). */
    private static final Pattern GERUND = Pattern.compile("\\p{Ll}+ing");
    /** A coordination ("the presidents of the Philippines and Indonesia") leaves the antecedent's start unknown. */
    private static final Pattern COORDINATION = Pattern.compile("(?i)and|or|nor");
    private static final Pattern DETERMINER = Pattern.compile("(?i)(?:the|a|an|this|that|its|their|his|her|our)");
    private static final int MAX_ANTECEDENT_WORDS = 7;

    private RelativeClauses() {
    }

    /**
     * The relative clause holding start..end told with its antecedent as subject ("Qatar's top general said on
     * Wednesday ..."), or null when the date lies in no relative clause or the antecedent is not a plain noun phrase.
     */
    static String toldOfAntecedent(String sentence, int start, int end) {
        Matcher m = RELATIVE.matcher(sentence);
        while (m.find() && m.end() <= start) {
            int close = sentence.indexOf(", ", m.end());
            int to = close < 0 ? sentence.length() : close;
            if (end > to) {
                continue;
            }
            boolean person = m.group().contains("who");
            String antecedent = antecedent(sentence.substring(0, m.start()), person);
            String body = sentence.substring(m.end(), to).strip();
            return antecedent == null || EventClauses.words(body) < 3 ? null : antecedent + " " + body;
        }
        return null;
    }

    /**
     * The noun phrase that ends {@code before}, read backwards up to its determiner or the word before it; null when
     * none stands there. Only a person's phrase is read through "of" ("the leader of the rebels, who"): a thing's
     * clause describes the nearest noun ("a leader of the party, which was formed").
     */
    private static String antecedent(String before, boolean person) {
        String[] tokens = before.strip().split("\\s+");
        int first = tokens.length;
        boolean ended = false;
        for (int i = tokens.length - 1; i >= 0 && tokens.length - i <= MAX_ANTECEDENT_WORDS; i--) {
            String word = tokens[i].replaceAll("[\"“”(]", "");
            // "the leader of the rebels, who" reads on through "of"; in "the killing of Galina Starovoitova, who" the
            // name after "of" is the one the clause describes
            boolean nameAfterOf = word.equalsIgnoreCase("of") && first < tokens.length
                    && Character.isUpperCase(tokens[first].charAt(0));
            if (person && nameAfterOf) {
                ended = true;
                break;
            }
            if (COORDINATION.matcher(word).matches()) {
                return null;
            }
            boolean modifier = GERUND.matcher(word).matches() && i > 0 && DETERMINER.matcher(tokens[i - 1]).matches();
            if (word.isEmpty() || NOT_IN_PHRASE.matcher(word).matches()
                    || (GERUND.matcher(word).matches() && !modifier) || word.endsWith(",") || word.endsWith(";")) {
                ended = true;
                break;
            }
            first = i;
            if (DETERMINER.matcher(word).matches() && (i == 0 || !person || !tokens[i - 1].equalsIgnoreCase("of"))) {
                ended = true;
                break;
            }
        }
        // "Zejnije Delijaj, 39, who": an age or other number is no antecedent
        boolean named = Arrays.stream(tokens, first, tokens.length).anyMatch(t -> t.chars().anyMatch(Character::isLetter));
        if (!(ended || first == 0) || first == tokens.length || !named
                || DETERMINER.matcher(tokens[tokens.length - 1]).matches()) {
            return null;
        }
        return String.join(" ", Arrays.copyOfRange(tokens, first, tokens.length));
    }
}
