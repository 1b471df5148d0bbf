package dev.storybrief.analyze.time;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Whether a sentence of a language the date tagger reads tense cues for (French, German, Spanish, Italian,
 * Portuguese, Dutch, Polish, Czech, Russian, Turkish, Arabic) tells something as done or as the state at the writing,
 * from the same cues the tagger reads a date's clause with ({@link EuropeanPastCues}, {@link EuropeanFutureCues}),
 * here read in every clause of the sentence. English has its own cue words (group.dates' SentenceTense).
 */
public final class ClauseTenses {
    /** The marks between clauses, as the cue readers stop at them. */
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;:()\\u2013\\u2014\\u060C\\u061B]");

    /** Each language's cue readers, built once (their tables compile patterns). */
    private static final Map<String, Optional<EuropeanPastCues>> PAST = new ConcurrentHashMap<>();
    private static final Map<String, Optional<EuropeanFutureCues>> FUTURE = new ConcurrentHashMap<>();

    private ClauseTenses() {
    }

    private static EuropeanPastCues pastCues(String language) {
        return language == null ? null
                : PAST.computeIfAbsent(language, l -> Optional.ofNullable(EuropeanPastCues.forLanguage(l))).orElse(null);
    }

    private static EuropeanFutureCues futureCues(String language) {
        return language == null ? null
                : FUTURE.computeIfAbsent(language, l -> Optional.ofNullable(EuropeanFutureCues.forLanguage(l)))
                .orElse(null);
    }

    /** True when the tagger reads tense cues of the language. */
    public static boolean reads(String language) {
        return pastCues(language) != null && futureCues(language) != null;
    }

    /** True when a clause of the sentence holds a past cue ("zawiesili", "ha chiuso", "est restée"). */
    public static boolean past(String language, String sentence) {
        EuropeanPastCues past = pastCues(language);
        if (past == null) {
            return false;
        }
        for (String clause : CLAUSE_BREAK.split(sentence)) {
            if (past.isPast(clause, 0, 0)) {
                return true;
            }
        }
        return false;
    }

    /** The past forms of "to be", which tell a state rather than an act ("był", "byl", "был"). */
    private static final Pattern BE = Pattern.compile("by[lł]\\p{L}*|был\\p{L}*");

    /**
     * The verbs that tell the acts a sentence reports as done, lower case, in a language that marks every past verb
     * (Polish, Czech, Russian: "zawiesili", "rozpoczęli", "zaplavila"), less the past of "to be"; empty elsewhere,
     * where a past act's verb cannot be told from other words, and when the sentence tells none.
     */
    public static List<String> pastActs(String language, String sentence) {
        EuropeanFutureCues future = futureCues(language);
        EuropeanPastCues past = pastCues(language);
        if (future == null || past == null || !future.marksEveryPast()) {
            return List.of();
        }
        return past.pastWords(sentence).stream().filter(w -> !BE.matcher(w).matches()).toList();
    }

    /**
     * True when two verbs read by {@link #pastActs} are forms of one verb: they share all of the shorter one but its
     * last {@value #ENDING} letters, which carry person, number and gender ("zawiesili", "zawiesił"), and at least
     * {@value #STEM} letters; verbs of other roots ("zawiesili", "rozpoczęli") tell other acts.
     */
    public static boolean sameVerb(String a, String b) {
        int shared = 0;
        while (shared < Math.min(a.length(), b.length()) && a.charAt(shared) == b.charAt(shared)) {
            shared++;
        }
        return shared >= Math.max(STEM, Math.min(a.length(), b.length()) - ENDING);
    }

    /** Letters at the end of a past verb that tell person, number and gender ("-ła", "-liśmy", "-лись"). */
    private static final int ENDING = 3;
    /** The fewest letters two forms of a verb share. */
    private static final int STEM = 4;

    /**
     * True when a clause of the sentence speaks of what is still to come ("riaprirà", "ma przyjechać") or, in a
     * language that marks every past verb (Polish, Czech, Russian), is told in the present ("W strajku bierze udział
     * 1 200 pracowników"): either tells the state at the writing, not the day before it.
     */
    public static boolean now(String language, String sentence) {
        EuropeanFutureCues future = futureCues(language);
        EuropeanPastCues past = pastCues(language);
        if (future == null || past == null) {
            return false;
        }
        for (String clause : CLAUSE_BREAK.split(sentence)) {
            if (future.nearest(clause, 0, 0) != EuropeanPastCues.NONE
                    || !past.isPast(clause, 0, 0) && future.unmarkedClauseIsFuture(clause, 0, 0)) {
                return true;
            }
        }
        return false;
    }
}
