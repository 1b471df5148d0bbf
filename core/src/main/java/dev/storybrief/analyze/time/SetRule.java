package dev.storybrief.analyze.time;

import dev.storybrief.model.TimexType;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recurrences, TIMEX3 SET: {@code every month} (P1M), {@code each year} (P1Y), {@code every quarter} (P1Q),
 * {@code each July} (XXXX-07), {@code every Thursday} (XXXX-WXX-4), {@code hourly} (PT1H).
 * "Daily", "weekly" and "monthly" are left out: more often a newspaper's name or kind than a recurrence.
 */
final class SetRule implements TemporalRule {

    private static final Pattern EVERY = Pattern.compile("(?<![\\p{L}])(?i:every|each|per)\\s+(?:(?<unit>(?i:day|week"
            + "|month|quarter|year|hour|minute|decade|century|night|morning|evening))|(?<weekday>" + MonthNames.WEEKDAY
            + ")|(?<month>" + MonthNames.FULL + "))(?![\\p{L}])");
    /** "Annually" and "yearly" are left out: TimeBank's annotators tagged one in five ("profits rose 8% annually"). */
    private static final Pattern ADVERB = Pattern.compile("(?<![\\p{L}])(?<word>hourly|nightly)(?![\\p{L}])");

    @Override
    public void find(String sentence, Anchor anchor, List<TemporalMention> found) {
        Matcher every = EVERY.matcher(sentence);
        while (every.find()) {
            String value;
            if (every.group("weekday") != null) {
                value = "XXXX-WXX-" + MonthNames.weekday(every.group("weekday")).getValue();
            } else if (every.group("month") != null) {
                value = String.format(Locale.ROOT, "XXXX-%02d", MonthNames.month(every.group("month")).getValue());
            } else {
                String unit = every.group("unit").toLowerCase(Locale.ROOT);
                value = switch (unit) {
                    case "morning" -> "XXXX-XX-XXTMO";
                    case "evening" -> "XXXX-XX-XXTEV";
                    default -> DurationRule.value("1", unit.equals("century") ? "centurie" : unit);
                };
            }
            found.add(TemporalRule.timex(sentence, every.start(), every.end(), TimexType.SET, value, false));
        }
        Matcher adverb = ADVERB.matcher(sentence);
        while (adverb.find()) {
            String value = adverb.group("word").equals("hourly") ? "PT1H" : "P1D";
            found.add(TemporalRule.timex(sentence, adverb.start(), adverb.end(), TimexType.SET, value, false));
        }
    }
}
