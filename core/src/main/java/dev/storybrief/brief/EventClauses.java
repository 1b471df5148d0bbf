package dev.storybrief.brief;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The clause of a sentence that carries a dated event: "A coalition ... launched the first salvos on March 19,
 * before handing over command to NATO on March 31" tells two events, one per clause. A reporting clause ("NATO
 * officials said on Monday") carries the date of the telling, so the event is the rest of the sentence.
 */
final class EventClauses {
    private static final Pattern BOUNDARY = Pattern.compile("(?:;|:|,\\s+(?=(?:before|after|while|when|but|although|"
            + "though|whereas|despite|following|then|and then|as)\\b)|\\s+[—–]\\s+"
            + "|,\\s+(?=(?:[\\p{L}'’.-]+\\s+){0,5}(?:said|says|told|added|announced|reported)\\b[^,;]{0,30}$))");
    private static final Pattern LEADING = Pattern.compile("^(?:before|after|while|when|but|although|though|whereas|"
            + "despite|following|then|and then|as|and)\\s+", Pattern.CASE_INSENSITIVE);
    private static final Pattern REPORTING = Pattern.compile("(?i)^[^,]{0,60}\\b(?:said|says|told|added|announced|"
            + "reported|stated|confirmed)\\b[^,]{0,30}[.!?\"”]*$");
    private static final int MIN_WORDS = 5;

    private EventClauses() {
    }

    /** The clause of {@code sentence} around the characters {@code start}..{@code end}, cleaned up for display. */
    static String around(String sentence, int start, int end) {
        int from = 0;
        int to = sentence.length();
        Matcher m = BOUNDARY.matcher(sentence);
        while (m.find()) {
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
