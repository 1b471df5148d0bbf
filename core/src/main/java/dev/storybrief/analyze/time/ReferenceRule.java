package dev.storybrief.analyze.time;

import dev.storybrief.model.TimexType;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Vague references to the present, past and future, TIMEX3 {@code PRESENT_REF}, {@code PAST_REF} and
 * {@code FUTURE_REF}: {@code now}, {@code currently}, {@code these days}, {@code recently}, {@code recent},
 * {@code the past}, {@code the future}, {@code the near term}, {@code will one day}, and {@code soon} in a clause not
 * told in the past, and the adjective {@code current} before its noun ("current market conditions"; {@code then current}
 * is PAST_REF). Words that are more often something else ("once", "previously") are left out: they cost more precision
 * than they bring.
 */
final class ReferenceRule implements TemporalRule {

    private static final Pattern REFERENCE = Pattern.compile("(?<![\\p{L}'’-])(?i:(?<present>(?:right\\s+)?now|currently"
            + "|these\\s+days|nowadays|at\\s+present|the\\s+present)"
            + "|(?<past>recently|recent|the\\s+past|lately)"
            + "|(?<future>the\\s+(?:near\\s+|distant\\s+)?future|the\\s+(?:near|short|long)\\s+term|future))"
            + "(?![\\p{L}'’-])");

    /**
     * "Islam will one day be", "hopes to one day lead": "one day" between a modal, "to" or a subject pronoun and the
     * verb is an unnamed day to come, not a length (the duration rule's "was in the job one day").
     */
    private static final Pattern SOME_DAY = Pattern.compile("(?<![\\p{L}'’-])(?i:one\\s+day|some\\s*day)(?=\\s+\\p{Ll})");
    private static final Set<String> BEFORE_A_VERB = Set.of("will", "would", "could", "may", "might", "can", "should",
            "shall", "must", "to", "he", "she", "they", "we", "i", "you");
    private static final Set<String> NOT_VERBS = Set.of("of", "and", "or", "after", "before", "later", "earlier", "ago",
            "in", "at", "on", "for", "to", "the", "a", "an");

    /**
     * "It will soon begin selling", "may soon seek an indictment", "healthy enough soon": a time ahead of the article
     * no count places, FUTURE_REF (TimeBank tags 4 of the 6 "soon" in clauses not told in the past). Under a past
     * verb ("the trickle soon became a flood", "he was soon released") it is soon after the story's own moment, not
     * after the article, and neither corpus tags it (0 of 2); "as soon as" and "soon after" are conjunctions.
     */
    private static final Pattern SOON = Pattern.compile("(?<![\\p{L}'’-])(?i:soon)(?![\\p{L}'’-])");
    private static final Set<String> SOON_CONJUNCTION_AFTER = Set.of("as", "after", "afterward", "afterwards",
            "thereafter", "enough", "than");
    private static final Set<String> SOON_DEGREE_BEFORE = Set.of("as", "so", "too", "how", "very");

    /**
     * "the current four flights", "current market conditions", "Kellogg's current share": the adjective ties its noun to
     * the time of writing, a PRESENT_REF the TIDES/TimeML guidelines mark (the tuning parts tag 8 of the 15 bare
     * adjectives; at 8 in 15 tagging them gains value F1, which any class right more often than half its pooled F1
     * does). "The then current price" is the past's present, PAST_REF. Not the noun ("swept away by the current",
     * "alternating current") nor the accounting sense of "short-term" ("current assets", "the current account").
     */
    private static final Pattern CURRENT = Pattern.compile("(?<![\\p{L}'’-])(?i:(?<then>then\\s+)?current)(?=\\s+\\p{Ll})");
    private static final Set<String> NOT_CURRENT_NOUNS = Set.of("account", "accounts", "assets", "asset", "liabilities",
            "liability", "ratio", "flow", "flows", "density", "meter", "meters", "of", "and", "or",
            "is", "was", "are", "were", "has", "had", "in", "at", "to", "from", "that", "which", "carries", "runs", "ran");
    private static final Set<String> NOT_CURRENT_BEFORE = Set.of("alternating", "direct", "electric", "electrical",
            "ocean", "strong", "rip", "tidal", "jet", "low", "high");

    @Override
    public void find(String sentence, Anchor anchor, List<TemporalMention> found) {
        Matcher current = CURRENT.matcher(sentence);
        while (current.find()) {
            String before = Words.before(sentence, current.start()).toLowerCase(Locale.ROOT);
            String after = Words.after(sentence, current.end()).toLowerCase(Locale.ROOT);
            if (!NOT_CURRENT_NOUNS.contains(after) && !NOT_CURRENT_BEFORE.contains(before)) {
                found.add(TemporalRule.timex(sentence, current.start(), current.end(), TimexType.DATE,
                        current.group("then") != null ? "PAST_REF" : "PRESENT_REF", true));
            }
        }
        Matcher soon = SOON.matcher(sentence);
        while (soon.find()) {
            String before = Words.before(sentence, soon.start()).toLowerCase(Locale.ROOT);
            String after = Words.after(sentence, soon.end()).toLowerCase(Locale.ROOT);
            if (!SOON_CONJUNCTION_AFTER.contains(after) && !SOON_DEGREE_BEFORE.contains(before)
                    && TenseCues.around(sentence, soon.start(), soon.end()) != Tense.PAST) {
                found.add(TemporalRule.timex(sentence, soon.start(), soon.end(), TimexType.DATE, "FUTURE_REF", true));
            }
        }
        Matcher someDay = SOME_DAY.matcher(sentence);
        while (someDay.find()) {
            String before = Words.before(sentence, someDay.start()).toLowerCase(Locale.ROOT);
            String after = Words.after(sentence, someDay.end()).toLowerCase(Locale.ROOT);
            if (BEFORE_A_VERB.contains(before) && !NOT_VERBS.contains(after)) {
                found.add(TemporalRule.timex(sentence, someDay.start(), someDay.end(), TimexType.DATE, "FUTURE_REF",
                        true));
            }
        }
        Matcher matcher = REFERENCE.matcher(sentence);
        while (matcher.find()) {
            String after = Words.after(sentence, matcher.end()).toLowerCase(Locale.ROOT);
            String value = matcher.group("present") != null ? "PRESENT_REF"
                    : matcher.group("past") != null ? "PAST_REF" : "FUTURE_REF";
            String text = matcher.group().toLowerCase(Locale.ROOT);
            // "the past decade" is a duration rule's; "future contracts" a market, but "future quarters" a time
            if (text.equals("future") && !isPeriodWord(after) || text.equals("the past") && isNumberOrUnit(after)
                    || text.equals("now") && (after.equals("defunct") || isOpeningNowWithComma(sentence, matcher))) {
                continue;
            }
            found.add(TemporalRule.timex(sentence, matcher.start(), matcher.end(), TimexType.DATE, value, true));
        }
    }

    /**
     * "Now, he says, ...", "Now, following asset sales, ...": a "Now" that opens the sentence set off by a comma
     * turns the story from what was to what is, and neither corpus tags it (3 of 3 untagged on the tuning parts;
     * "Now officials are investigating", without the comma, is tagged 5 times in 6).
     */
    private static boolean isOpeningNowWithComma(String sentence, Matcher now) {
        return sentence.substring(0, now.start()).replaceAll("[\\s\"'`“‘(]", "").isEmpty()
                && sentence.startsWith(",", now.end());
    }

    /** "future quarters", "future elections": the adjective is a reference when it modifies a period or event. */
    private static boolean isPeriodWord(String word) {
        return word.matches("days|weeks|months|quarters|years|decades|times|periods|history|past|sessions"
                + "|events|elections|developments|trading|generations|date|dates");
    }

    private static boolean isNumberOrUnit(String word) {
        return word.matches("\\d.*|few|several|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|year"
                + "|month|week|day|decade|century|quarter|hours?|weeks|months|years|days|decades|quarters");
    }
}
