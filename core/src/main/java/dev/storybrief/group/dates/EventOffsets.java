package dev.storybrief.group.dates;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A count of days from another event, written into a sentence: "Police arrested the owner on Wednesday, four days
 * after it capsized", "The government on Monday appointed a mediator, a week after dockworkers walked out". The
 * sentence tells two events, its own (the arrest, the appointment) and the one it counts from (the capsizing, the
 * walk-out), and its words are partly the other event's. A report of the walk-out a week earlier is as alike to it as
 * a report of the appointment, so for dating the two clauses are read apart: the clause before the count carries the
 * sentence's own day, the clause after it names the earlier event, whose day other reports may give.
 */
final class EventOffsets {
    /** Counts of one to twelve as words, and small numbers in digits. */
    private static final Map<String, Integer> WORDS = Map.ofEntries(Map.entry("a", 1), Map.entry("an", 1),
            Map.entry("one", 1), Map.entry("the", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12));
    /**
     * "four days after", "a week after", "hours after", "the day before", then the name of an event: any word but
     * one pointing back to what was just said ("a day after that"); "it" opens an event when a verb-like word follows
     * ("after it capsized"), not when it stands alone ("a day after it").
     */
    private static final Pattern OFFSET = Pattern.compile("(?i)(?<![\\p{L}\\d])(?:(?<n>a|an|one|the|two|three|four|five|"
            + "six|seven|eight|nine|ten|eleven|twelve|\\d{1,2})\\s+(?<unit>day|week)s?|(?<hours>(?:\\w+\\s+)?hours))"
            + "\\s+(?<dir>after|before)\\s+(?!(?:that|this|which|then|these|those)(?![\\p{L}]))"
            + "(?!it(?![\\p{L}])(?!\\s+\\p{Ll}))(?=\\p{L})");

    /**
     * One count found in a sentence.
     *
     * @param start      where the count starts in the sentence ("four days after")
     * @param end        where the event it counts from starts
     * @param days       how many days the sentence's own event lies after (positive) or before (negative) that event
     * @param slack      how many days either way the count may be loose: "a week" is seven days give or take, and a
     *                   count of days may be counted from the evening before or to the morning after
     */
    record Offset(int start, int end, int days, int slack) {
    }

    private EventOffsets() {
    }

    /** The first count from another event in the sentence, if any. */
    static Optional<Offset> find(String sentence) {
        Matcher m = OFFSET.matcher(sentence);
        if (!m.find()) {
            return Optional.empty();
        }
        int sign = m.group("dir").equalsIgnoreCase("after") ? 1 : -1;
        if (m.group("hours") != null) {
            // "hours after the vote": the same day, or the next when the vote was late
            return Optional.of(new Offset(m.start(), m.end(), 0, 1));
        }
        String n = m.group("n").toLowerCase(Locale.ROOT);
        int count = Character.isDigit(n.charAt(0)) ? Integer.parseInt(n) : WORDS.get(n);
        boolean week = m.group("unit").equalsIgnoreCase("week");
        int days = count * (week ? 7 : 1);
        int slack = days <= 1 ? 0 : 1;
        return Optional.of(new Offset(m.start(), m.end(), sign * days, slack));
    }
}
