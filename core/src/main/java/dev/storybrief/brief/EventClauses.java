package dev.storybrief.brief;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The clause of a sentence that carries a dated event: "A coalition ... launched the first salvos on March 19,
 * before handing over command to NATO on March 31" tells two events, one per clause. A reporting clause ("NATO
 * officials said on Monday") carries the date of the telling, so the event is the rest of the sentence. A date in a
 * relative clause ("comments from Qatar's top general, who said on Wednesday that ...") belongs to the person or
 * thing the clause describes, so the event is told with that antecedent as its subject.
 */
final class EventClauses {
    private static final Pattern BOUNDARY = Pattern.compile("(?:;|:|,\\s+(?=(?:before|after|while|when|but|although|"
            + "though|whereas|despite|following|then|and then|as)\\b)"
            + "|\\s+(?=(?:even though|although|because(?! of)|whereas)\\s)|\\s+[—–]\\s+"
            + "|,\\s+(?=(?:[\\p{L}'’.-]+\\s+){0,5}(?:said|says|told|added|announced|reported)\\b[^,;]{0,30}$))");
    private static final Pattern LEADING = Pattern.compile("^(?:before|after|while|when|but|although|even though|"
            + "though|whereas|because|"
            + "despite|following|then|and then|as|and)\\s+", Pattern.CASE_INSENSITIVE);
    private static final Pattern REPORTING = Pattern.compile("(?i)^[^,]{0,60}\\b(?:said|says|told|added|announced|"
            + "reported|stated|confirmed)\\b[^,]{0,30}[.!?\"”]*$");
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
    /**
     * A date after these words bounds a span or sets a deadline ("stay through December", "by 2003", "between now
     * and Monday"): no event.
     * "Until" is not among them: a state told as over ("remained army chief until March") dates its end.
     */
    private static final Pattern ENDPOINT = Pattern.compile("(?i)\\b(?:through|by|ahead of"
            + "|between\\s+[^,;]{1,30}\\s+and)\\s+(?:the\\s+)?(?:(?:end|middle|start|beginning)\\s+of\\s+(?:the\\s+)?)?$");
    private static final int MAX_ANTECEDENT_WORDS = 7;
    private static final int MIN_WORDS = 5;

    private EventClauses() {
    }

    /** The clause of {@code sentence} around the characters {@code start}..{@code end}, cleaned up for display. */
    static String around(String sentence, int start, int end) {
        String relative = inRelativeClause(sentence, start, end);
        if (relative != null) {
            return tidy(relative);
        }
        int from = 0;
        int to = sentence.length();
        Matcher m = BOUNDARY.matcher(sentence);
        while (m.find()) {
            if (insideQuotation(sentence, m.start())) {
                continue;
            }
            if (m.end() <= start) {
                from = m.end();
            } else if (m.start() >= end) {
                to = m.start();
                break;
            }
        }
        String clause = sentence.substring(from, to).strip();
        if (words(clause) < MIN_WORDS || REPORTING.matcher(clause).matches()) {
            return from == 0 && to == sentence.length() ? tidy(sentence) : tidy(rest(sentence, from, to));
        }
        return tidy(clause);
    }

    /**
     * Whether the date starting at {@code start} is the end of a span or a deadline ("asked it to stay through
     * December", "ahead of the October 31 deadline", "by the end of the year") rather than when something happens.
     */
    static boolean isEndpoint(String sentence, int start) {
        return ENDPOINT.matcher(sentence.substring(Math.max(0, start - 40), start)).find();
    }

    /** Whether {@code at} lies inside a quotation: a quoted speaker's clauses are not the reporter's events. */
    private static boolean insideQuotation(String sentence, int at) {
        String before = sentence.substring(0, at);
        int opened = count(before, "``") + count(before, "“") - count(before, "''") - count(before, "”");
        return opened > 0 || count(before, "\"") % 2 == 1;
    }

    private static int count(String text, String mark) {
        int n = 0;
        for (int i = text.indexOf(mark); i >= 0; i = text.indexOf(mark, i + mark.length())) {
            n++;
        }
        return n;
    }

    /**
     * The relative clause holding start..end told with its antecedent as subject ("Qatar's top general said on
     * Wednesday ..."), or null when the date lies in no relative clause or the antecedent is not a plain noun phrase.
     */
    private static String inRelativeClause(String sentence, int start, int end) {
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
            return antecedent == null || words(body) < 3 ? null : antecedent + " " + body;
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
            boolean throughOf = person && word.equalsIgnoreCase("of") && first < tokens.length;
            if (COORDINATION.matcher(word).matches()) {
                return null;
            }
            boolean modifier = GERUND.matcher(word).matches() && i > 0 && DETERMINER.matcher(tokens[i - 1]).matches();
            if (word.isEmpty() || (!throughOf && NOT_IN_PHRASE.matcher(word).matches())
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
        if (!(ended || first == 0) || first == tokens.length || DETERMINER.matcher(tokens[tokens.length - 1]).matches()) {
            return null;
        }
        return String.join(" ", Arrays.copyOfRange(tokens, first, tokens.length));
    }

    /** The sentence without the clause from..to (a reporting clause), or the sentence when little would be left. */
    private static String rest(String sentence, int from, int to) {
        String rest = (sentence.substring(0, from) + " " + sentence.substring(to)).strip();
        return words(rest) < MIN_WORDS ? sentence : rest;
    }

    private static String tidy(String clause) {
        String c = LEADING.matcher(clause.strip()).replaceFirst("");
        c = c.replaceAll("[,;:\\s]+$", "");
        if (!c.isEmpty() && Character.isLowerCase(c.charAt(0))) {
            c = Character.toUpperCase(c.charAt(0)) + c.substring(1);
        }
        return c;
    }

    private static int words(String s) {
        String t = s.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }
}
