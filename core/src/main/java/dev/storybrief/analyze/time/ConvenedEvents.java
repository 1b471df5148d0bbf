package dev.storybrief.analyze.time;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "The mediator invited both sides to talks on Wednesday", "The union called a strike from Thursday", "Rail workers
 * call 48-hour strike from Thursday": an invitation, a call or a summons is made TO a later event, so a weekday
 * attached to the event's noun ("talks on Wednesday", "a strike from Thursday", "a vote on Friday") is the coming
 * day, whatever the tense of the inviting or calling; news reports such a call within days of it, before the event.
 * The weekday must follow the noun directly (a preposition, a place "in Geneva" or a first weekday "on Monday and"
 * between): "called on Wednesday for talks" dates the call. A call told in the past perfect ("had called a strike
 * for Thursday") is over, and so is its event; an event in a phrase of its own ("called for calm after a protest on
 * Wednesday") is not what was called, nor is a scene the police "were called to". Only events held within days of
 * being called are read so: an election or a referendum is called weeks ahead, and "called a snap election on
 * Wednesday" dates the call.
 */
final class ConvenedEvents {

    /** The event's noun, an optional place, a preposition and an optional first weekday right before the weekday. */
    private static final String EVENT = "(?:talks|negotiations|meeting|meetings|summit|hearing|vote|ballot|strike"
            + "|strikes|walkout|stoppage|protest|protests|rally|march|demonstration|session|debate)";
    private static final Pattern EVENT_BEFORE = Pattern.compile("(?<![\\p{L}])" + EVENT + "(?:\\s+(?:in|at)\\s+\\p{Lu}\\p{L}*(?:\\s+\\p{Lu}\\p{L}*)?)?"
            + "\\s+(?:(?:on|from|for|starting|beginning)\\s+)?(?:(?:" + MonthNames.WEEKDAY + ")\\s+(?:and|or)\\s+)?$");
    /** The event's noun right after a possessive weekday, one word between at most: "Wednesday's (planned) talks". */
    private static final Pattern EVENT_AFTER = Pattern.compile("^['’]s\\s+(?:\\p{Ll}[\\p{L}-]*\\s+)?" + EVENT
            + "(?![\\p{L}])");
    /** "to" right before a possessive weekday: the event one is invited or called to. */
    private static final Pattern TO_BEFORE = Pattern.compile("(?<![\\p{L}])to\\s+$");
    /**
     * The verb or noun of inviting, calling or summoning, in the clause before the event's noun (no clause mark
     * between); "so-called" and "called off" are no call to anything.
     */
    private static final Pattern CALL = Pattern.compile("(?i)(?<![\\p{L}-])(?:invit(?:e|es|ed|ing|ation|ations)"
            + "|call(?:s|ed|ing)?|summon(?:s|ed|ing|ses)?)(?![\\p{L}])(?!\\s+off\\b)"
            + "(?=[^,;:.()\\u2013\\u2014]{0,80}$)");
    /**
     * Words between the call and the event's noun that put the event in a phrase or clause of its own ("after a
     * protest", "over the strike", "detained at a rally", "which"): the event is then not the one called ("of" is
     * left out: "invited leaders of both unions to talks").
     */
    private static final Pattern OTHER_PHRASE = Pattern.compile("(?i)(?<![\\p{L}])(?:after|before|since|following"
            + "|during|amid|despite|over|about|against|at|into|that|which|who|when|while|as)(?![\\p{L}])");
    /** A call told in the past perfect, one or two words before it ("had called", "had been invited"). */
    private static final Pattern PAST_PERFECT = Pattern.compile(
            "(?i)(?<![\\p{L}])(?:had|'d|’d)(?:\\s+\\p{L}+)?\\s*$");
    /** "Police were called to a protest on Wednesday": a call to a scene, the event already under way. */
    private static final Pattern CALLED_TO_A_SCENE = Pattern.compile("(?i)(?<![\\p{L}])(?:was|were)\\s+$");
    /** How far back the clause is read. */
    private static final int WINDOW = 160;

    private ConvenedEvents() {
    }

    /** True when the weekday starting at {@code start} is the day of an event someone was invited or called to. */
    static boolean datesACalledEvent(String sentence, int start) {
        String before = sentence.substring(Math.max(0, start - WINDOW), start);
        Matcher event = EVENT_BEFORE.matcher(before);
        if (!event.find()) {
            return false;
        }
        return calledIn(before.substring(0, event.start()));
    }

    /**
     * True when the possessive weekday ending at {@code end} names an event someone was invited, called or summoned
     * to: "invited both sides to Wednesday's talks". Only after "to": right after the verb a possessive day is mostly
     * named, not convened ("called Thursday's strike a success").
     */
    static boolean namesACalledEvent(String sentence, int start, int end) {
        String before = sentence.substring(Math.max(0, start - WINDOW), start);
        return EVENT_AFTER.matcher(sentence.substring(end)).find() && TO_BEFORE.matcher(before).find()
                && calledIn(before);
    }

    /** True when the clause ending where the event is named holds a call to it, not over, not a call to a scene. */
    private static boolean calledIn(String clause) {
        Matcher call = CALL.matcher(clause);
        int callEnd = -1;
        int callStart = -1;
        while (call.find()) { // the nearest call before the event is the one that names it
            callStart = call.start();
            callEnd = call.end();
        }
        if (callEnd < 0 || OTHER_PHRASE.matcher(clause.substring(callEnd)).find()) {
            return false;
        }
        String beforeCall = clause.substring(0, callStart).toLowerCase(Locale.ROOT);
        boolean toAScene = clause.substring(callStart, callEnd).equalsIgnoreCase("called")
                && CALLED_TO_A_SCENE.matcher(beforeCall).find() && clause.substring(callEnd).matches("\\s+to\\s.*");
        return !toAScene && !PAST_PERFECT.matcher(beforeCall).find();
    }
}
