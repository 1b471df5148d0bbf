package dev.storybrief.analyze.time;

import dev.storybrief.model.TimexType;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Vague references to the present, past and future, TIMEX3 {@code PRESENT_REF}, {@code PAST_REF} and
 * {@code FUTURE_REF}: {@code now}, {@code currently}, {@code these days}, {@code recently}, {@code recent},
 * {@code the past}, {@code the future}, {@code the near term}. Words that are as often something else ("current" as
 * in electricity, "soon", "once", "previously") are left out: they cost more precision than they bring.
 */
final class ReferenceRule implements TemporalRule {

    private static final Pattern REFERENCE = Pattern.compile("(?<![\\p{L}'’-])(?i:(?<present>(?:right\\s+)?now|currently"
            + "|these\\s+days|nowadays|at\\s+present|the\\s+present)"
            + "|(?<past>recently|recent|the\\s+past|lately)"
            + "|(?<future>the\\s+(?:near\\s+|distant\\s+)?future|the\\s+(?:near|short|long)\\s+term|future))"
            + "(?![\\p{L}'’-])");

    @Override
    public void find(String sentence, Anchor anchor, List<TemporalMention> found) {
        Matcher matcher = REFERENCE.matcher(sentence);
        while (matcher.find()) {
            String after = Words.after(sentence, matcher.end()).toLowerCase(Locale.ROOT);
            String value = matcher.group("present") != null ? "PRESENT_REF"
                    : matcher.group("past") != null ? "PAST_REF" : "FUTURE_REF";
            String text = matcher.group().toLowerCase(Locale.ROOT);
            // "the past decade" is a duration rule's; "future contracts" a market, but "future quarters" a time
            if (text.equals("future") && !isPeriodWord(after) || text.equals("the past") && isNumberOrUnit(after)
                    || text.equals("now") && after.equals("defunct")) {
                continue;
            }
            found.add(TemporalRule.timex(sentence, matcher.start(), matcher.end(), TimexType.DATE, value, true));
        }
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
