package dev.storybrief.analyze.time;

import dev.storybrief.model.Granularity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Resolves the two ends of a range of weekdays together: "From Monday to Wednesday roads will be closed" in a Tuesday
 * article runs from the coming Monday to the Wednesday after it, although "Wednesday" alone would be tomorrow. Each
 * end is resolved on its own by its rule; when the end then lies before the start, the end is the first such weekday
 * on or after the start, since a span cannot end before it begins. Only an end named by its weekday moves (a date
 * with its number says which day it is).
 */
final class RangeEnds {
    /** What joins the two ends: "to", "until", "-", "au", "bis", "a", "hasta", "até", "fino a"; "and" after "between". */
    private static final Pattern JOINED = Pattern.compile("(?iu)\\s*(?:to|until|till|through|thru|au|à|jusqu['’](?:au|à)"
            + "|bis(?:\\s+zum)?|al?|hasta(?:\\s+el)?|até(?:\\s+(?:à|a|ao))?|ao|fino\\s+al?|[-–—])\\s*");
    private static final Pattern JOINED_AFTER_BETWEEN = Pattern.compile("(?iu)\\s*(?:and|et|und|y|e)\\s*");
    private static final Pattern BETWEEN = Pattern.compile(
            "(?iu)(?<![\\p{L}])(?:between|entre|zwischen|tra|fra)\\s+(?:(?:le|el|dem|il|o|a)\\s+)?$");

    /** "brought forward from Friday to Wednesday": a date moved, not a range; the new day may come first. */
    private static final Pattern MOVED = Pattern.compile("(?iu)(?<![\\p{L}])(?:mov|brought|bring|postpon|reschedul"
            + "|shift|chang|delay|push|advanc|verschob|verleg|report|avanc|aplaz|adelant|rinvi|anticip|adi)\\p{L}*");

    private RangeEnds() {
    }

    /** The mentions, in text order, with the end of each weekday range moved to on or after its start. */
    static List<TemporalMention> apply(String sentence, List<TemporalMention> mentions) {
        List<TemporalMention> out = new ArrayList<>(mentions);
        for (int i = 0; i + 1 < out.size(); i++) {
            TemporalMention start = out.get(i);
            TemporalMention end = out.get(i + 1);
            if (!isDay(start) || !isDay(end) || !end.relative() || end.text().chars().anyMatch(Character::isDigit)
                    || !joined(sentence, start, end)) {
                continue;
            }
            LocalDate from = LocalDate.parse(start.calendarValue());
            LocalDate to = LocalDate.parse(end.calendarValue());
            if (!to.isBefore(from)) {
                continue;
            }
            while (to.isBefore(from)) {
                to = to.plusWeeks(1);
            }
            String value = CalendarValues.day(to) + end.value().substring(end.calendarValue().length());
            out.set(i + 1, end.withValue(end.type(), value, end.granularity()));
        }
        return List.copyOf(out);
    }

    private static boolean isDay(TemporalMention m) {
        return m.isCalendarDate() && m.granularity() == Granularity.DAY && m.calendarValue().length() == 10;
    }

    private static boolean joined(String sentence, TemporalMention start, TemporalMention end) {
        if (MOVED.matcher(sentence.substring(Math.max(0, start.start() - 40), start.start())).find()) {
            return false;
        }
        String between = sentence.substring(start.end(), end.start());
        if (JOINED.matcher(between).matches()) {
            return true;
        }
        String before = sentence.substring(Math.max(0, start.start() - 20), start.start());
        return JOINED_AFTER_BETWEEN.matcher(between).matches() && BETWEEN.matcher(before).find();
    }
}
