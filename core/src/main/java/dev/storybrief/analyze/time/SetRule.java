package dev.storybrief.analyze.time;

import dev.storybrief.model.TimexType;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recurrences, TIMEX3 SET: {@code every month} (P1M), {@code each year} (P1Y), {@code every quarter} (P1Q),
 * {@code each July} (XXXX-07), {@code every summer} (XXXX-SU), {@code every Thursday} (XXXX-WXX-4), {@code every night}
 * (XXXX-XX-XXTNI), {@code every weekend} (XXXX-WXX-WE), {@code every two weeks} (P2W), {@code hourly}
 * (PT1H), {@code Tuesday nights} (XXXX-WXX-2TNI), {@code on Sundays} (XXXX-WXX-7).
 * "Daily", "weekly" and "monthly" count only as adverbs ("rallies are held almost daily", "meets weekly with"):
 * before a noun or after a determiner they are more often a newspaper's name or kind ("the Communist Party daily
 * Granma", "a daily newspaper") or a measure ("average daily volume") than a recurrence.
 */
final class SetRule implements TemporalRule {

    private static final Pattern EVERY = Pattern.compile("(?<![\\p{L}])(?i:every|each|per)\\s+(?:(?<unit>(?i:day|week"
            + "|month|quarter|year|hour|minute|decade|century|night|morning|afternoon|evening|weekend))|(?<weekday>"
            + MonthNames.WEEKDAY
            + ")|(?<month>" + MonthNames.FULL + ")|(?<season>(?i:spring|summer|fall|autumn|winter)))(?![\\p{L}])");
    /**
     * "Every two weeks", "every five years", "every other month", "every few days": a recurrence with its period
     * (P2W, P5Y, P2M, PXD); the count alone would be read as a length.
     */
    private static final Pattern EVERY_COUNT = Pattern.compile("(?<![\\p{L}])(?i:every)\\s+(?<n>(?i:other|few|"
            + NumberWords.CARDINAL + "))\\s+(?<unit>(?i:day|week|month|quarter|year|hour|minute|decade))s?"
            + "(?![\\p{L}])");
    /** "Annually" and "yearly" are left out: TimeBank's annotators tagged one in five ("profits rose 8% annually"). */
    private static final Pattern ADVERB = Pattern.compile("(?<![\\p{L}])(?<word>hourly|nightly)(?![\\p{L}])");
    /**
     * "Daily", "weekly", "monthly" as an adverb: not after a determiner or "average", and followed by the end of the
     * clause or a word that cannot be the noun it would qualify (a preposition, conjunction or auxiliary).
     */
    private static final Pattern FREQUENCY_ADVERB = Pattern.compile("(?<![\\p{L}])(?<!\\b(?i:the|a|an|its|his|her|their"
            + "|our|average|'s|\u2019s)\\s)(?<word>daily|weekly|monthly)(?=\\s*(?:[.,;:!?)\\u2013\\u2014\"'\u201D]|$)"
            + "|\\s+(?:in|at|on|to|for|with|from|by|since|until|through|during|and|or|but|as|if|when|while|is|are"
            + "|was|were|will|would|because|before|after)(?![\\p{L}]))");

    /**
     * "Tuesday nights", "Monday and Tuesday nights", "on Sundays": a weekday (or its part of the day) in the plural
     * recurs every week, TIMEX3 SET {@code XXXX-WXX-2TNI}, {@code XXXX-WXX-7}, as the TimeML guidelines write "every
     * Tuesday night" and HeidelTime reads "Monday afternoons". In "Monday and Tuesday nights" the plural part of the
     * day is both weekdays'.
     */
    static final Pattern RECURRING_WEEKDAY = Pattern.compile("(?<![\\p{L}])(?<day>" + MonthNames.WEEKDAY + ")"
            + "(?:(?<plural>s)(?![\\p{L}'’])|(?<shared>\\s+(?:and|or)\\s+(?=(?:" + MonthNames.WEEKDAY + ")\\s+(?:morning"
            + "|afternoon|evening|night)s(?![\\p{L}'’])))|\\s+(?<part>morning|afternoon|evening|night)s(?![\\p{L}'’]))");

    @Override
    public void find(String sentence, Anchor anchor, List<TemporalMention> found) {
        Matcher weekly = RECURRING_WEEKDAY.matcher(sentence);
        while (weekly.find()) {
            String part = weekly.group("part");
            if (weekly.group("shared") != null) {
                Matcher rest = RECURRING_WEEKDAY.matcher(sentence).region(weekly.end("shared"), sentence.length());
                part = rest.lookingAt() ? rest.group("part") : null;
            }
            int end = weekly.group("shared") != null ? weekly.end("day") : weekly.end();
            String value = "XXXX-WXX-" + MonthNames.weekday(weekly.group("day")).getValue()
                    + (part == null ? "" : CalendarValues.partOfDay(part));
            found.add(TemporalRule.timex(sentence, weekly.start(), end, TimexType.SET, value, false));
        }
        Matcher every = EVERY.matcher(sentence);
        while (every.find()) {
            String value;
            if (every.group("weekday") != null) {
                value = "XXXX-WXX-" + MonthNames.weekday(every.group("weekday")).getValue();
            } else if (every.group("season") != null) {
                value = "XXXX-" + SeasonRule.code(SeasonRule.index(every.group("season").toLowerCase(Locale.ROOT)));
            } else if (every.group("month") != null) {
                value = String.format(Locale.ROOT, "XXXX-%02d", MonthNames.month(every.group("month")).getValue());
            } else {
                String unit = every.group("unit").toLowerCase(Locale.ROOT);
                value = switch (unit) {
                    // parts of a day and the weekend recur as TIMEX3 writes them in a date ("Friday night" TNI)
                    case "morning" -> "XXXX-XX-XXTMO";
                    case "afternoon" -> "XXXX-XX-XXTAF";
                    case "evening" -> "XXXX-XX-XXTEV";
                    // "$90 per night" prices a stay by its nights: a rate of days, not a time of day
                    case "night" -> every.group().regionMatches(true, 0, "per", 0, 3)
                            ? DurationRule.value("1", unit) : "XXXX-XX-XXTNI";
                    case "weekend" -> "XXXX-WXX-WE";
                    default -> DurationRule.value("1", unit.equals("century") ? "centurie" : unit);
                };
            }
            found.add(TemporalRule.timex(sentence, every.start(), every.end(), TimexType.SET, value, false));
        }
        Matcher everyCount = EVERY_COUNT.matcher(sentence);
        while (everyCount.find()) {
            String n = everyCount.group("n").toLowerCase(Locale.ROOT);
            String amount = n.equals("other") ? "2" : n.equals("few") ? "X" : String.valueOf(NumberWords.value(n));
            found.add(TemporalRule.timex(sentence, everyCount.start(), everyCount.end(), TimexType.SET,
                    DurationRule.value(amount, everyCount.group("unit").toLowerCase(Locale.ROOT)), false));
        }
        Matcher adverb = ADVERB.matcher(sentence);
        while (adverb.find()) {
            String value = adverb.group("word").equals("hourly") ? "PT1H" : "P1D";
            found.add(TemporalRule.timex(sentence, adverb.start(), adverb.end(), TimexType.SET, value, false));
        }
        Matcher frequency = FREQUENCY_ADVERB.matcher(sentence);
        while (frequency.find()) {
            String value = switch (frequency.group("word")) {
                case "daily" -> "P1D";
                case "weekly" -> "P1W";
                default -> "P1M";
            };
            found.add(TemporalRule.timex(sentence, frequency.start(), frequency.end(), TimexType.SET, value, false));
        }
    }
}
