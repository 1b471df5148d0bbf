package dev.storybrief.analyze.time;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Nordsund Lines cancelled all sailings until Thursday": an act that sets a state with an end ("cancelled",
 * "suspended", "closed the road", "banned") is told in the past, but the state it sets runs on from the act, and news
 * reports the act within days: the end it names is the coming weekday, not the last one; so is the end of a state
 * told in the present ("all sailings are cancelled until Thursday, the operator said"), whatever tense the reporting
 * verb has. A state told in the past ("stayed partly closed until Friday", "was closed until Friday", "had suspended
 * sailings until Friday") keeps the clause's tense.
 */
final class StateEnds {
    /**
     * "until" or "till" right before the weekday (or before the first of two joined ones), or "for": "closed the bridge for Monday and Tuesday" names the days
     * the state set by the act covers, still ahead as its end is.
     */
    private static final Pattern UNTIL_BEFORE = Pattern.compile("(?i)(?<![\\p{L}])(?:until|till|for)\\s+"
            + "(?:(?:" + MonthNames.WEEKDAY + ")\\s+(?:and|or)\\s+)?$");
    /** The act that sets the state, in the clause before "until" (no clause mark between). */
    private static final Pattern ACT = Pattern.compile("(?i)(?<![\\p{L}])(?:cancel(?:l?ed|s)|suspend(?:ed|s)|closed"
            + "|shut|halted|bann?ed|grounded|barred|stopped|called\\s+off|postponed|delayed|extended)(?![\\p{L}])"
            + "(?=[^,;:.()\\u2013\\u2014]{0,80}$)");
    /**
     * Words before the act that make it a state told in the past, or an act already over: a past linking verb, the
     * past perfect. A state told in the present ("are cancelled until Thursday") runs on to the coming weekday.
     */
    private static final Set<String> STATE_TOLD = Set.of("had", "been", "was", "were", "stayed", "remained", "kept");
    /** Words read back from the act for {@link #STATE_TOLD}: the verb and one adverb ("stayed partly closed"). */
    private static final int WORDS_BACK = 2;
    /** How far back the clause is read. */
    private static final int WINDOW = 120;

    private StateEnds() {
    }

    /**
     * True when the weekday starting at {@code start} ends a state a past act set ("cancelled ... until Thursday") or
     * is the day it was set for ("cancelled ... for Thursday").
     */
    static boolean endsAStateSetByAnAct(String sentence, int start) {
        String before = sentence.substring(Math.max(0, start - WINDOW), start);
        Matcher until = UNTIL_BEFORE.matcher(before);
        if (!until.find()) {
            return false;
        }
        String clause = before.substring(0, until.start());
        Matcher act = ACT.matcher(clause);
        if (!act.find()) {
            return false;
        }
        String[] words = clause.substring(0, act.start()).strip().toLowerCase(Locale.ROOT).split("\\s+");
        for (int i = Math.max(0, words.length - WORDS_BACK); i < words.length; i++) {
            if (STATE_TOLD.contains(words[i])) {
                return false;
            }
        }
        return true;
    }
}
