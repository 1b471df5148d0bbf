package dev.storybrief.brief;

import dev.storybrief.model.Granularity;
import dev.storybrief.model.TimexSpan;
import dev.storybrief.model.TimexType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates counted from the event told before them: "Inspectors first visited the plant on March 2. Two days later, they
 * ordered the line closed" closes the line on March 4, and "In 2019 the company recalled pies ... A year earlier, the
 * plant had passed an inspection" dates the inspection 2018, not a year before the article. "Later" and "earlier"
 * count from the time the narrative has reached (the last date it named), where "ago" counts from the writing; a
 * count read as a length of time ("Two days", then "later") is such a date too. With no date told before it, a
 * count keeps the date the analyze stage gave it. Only the briefing's timeline reads dates this way: the words of a
 * date expression are the analyze stage's, their anchor the story's.
 */
final class CountedDates {
    /** The word after a length of time that makes it a date counted from the event before. */
    private static final Pattern COUNT_WORD = Pattern.compile("(?i)^\\s+(?:(later|earlier|afterwards)\\b(?!\\s+than\\b)"
            + "|(before)(?=\\s*[,.;:]))");
    /** A date expression that is itself such a count: "a year earlier", "two days later", "three months before". */
    private static final Pattern COUNTED = Pattern.compile("(?i)^(?:a|an|one|two|three|four|five|six|seven|eight|nine"
            + "|ten|\\d{1,3})\\s+(day|week|month|year)s?\\s+(later|earlier|afterwards|before)$");
    private static final Pattern LENGTH = Pattern.compile("^P(\\d{1,3})([DWMY])$");
    private static final Map<String, Integer> NUMBERS = Map.of("a", 1, "an", 1, "one", 1, "two", 2, "three", 3,
            "four", 4, "five", 5, "six", 6, "seven", 7, "eight", 8);

    private CountedDates() {
    }

    /**
     * The date expressions of a sentence with each count from the event before re-dated: {@code text} is the article's
     * text, {@code told} the calendar value of the last date named before the sentence (null when none), updated by
     * each calendar date of the sentence in turn.
     *
     * @return the expressions, and as last element's anchor the last date named by the end of the sentence
     */
    static Anchored anchored(String text, List<TimexSpan> mentions, String told) {
        List<TimexSpan> out = new ArrayList<>();
        String last = told;
        for (TimexSpan m : mentions) {
            TimexSpan dated = redated(text, m, last);
            out.add(dated);
            if (dated.isCalendarDate() && dated.granularity() != Granularity.WEEK) {
                last = dated.calendarValue();
            }
        }
        return new Anchored(out, last);
    }

    /** The expressions of a sentence and the last date named by its end. */
    record Anchored(List<TimexSpan> mentions, String lastTold) {
    }

    private static TimexSpan redated(String text, TimexSpan m, String told) {
        if (told == null) {
            return m;
        }
        if (m.type() == TimexType.DURATION && m.value() != null) {
            Matcher length = LENGTH.matcher(m.value());
            Matcher word = COUNT_WORD.matcher(text.substring(Math.min(text.length(), m.end())));
            if (length.matches() && word.find()) {
                int end = m.end() + word.end();
                String direction = word.group(1) != null ? word.group(1) : word.group(2);
                return counted(m, text.substring(m.start(), end), end, Integer.parseInt(length.group(1)),
                        length.group(2).charAt(0), earlier(direction), told);
            }
            return m;
        }
        Matcher counted = COUNTED.matcher(m.text());
        if (m.type() == TimexType.DATE && counted.matches()) {
            String amount = m.text().substring(0, m.text().indexOf(' ')).toLowerCase(Locale.ROOT);
            Integer n = NUMBERS.get(amount);
            int count = n != null ? n : amount.chars().allMatch(Character::isDigit) ? Integer.parseInt(amount) : -1;
            if (count > 0) {
                char unit = Character.toUpperCase(counted.group(1).charAt(0));
                return counted(m, m.text(), m.end(), count, unit, earlier(counted.group(2)), told);
            }
        }
        return m;
    }

    private static boolean earlier(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.equals("earlier") || w.equals("before");
    }

    /** The count from the told date, as precise as both allow; the expression unchanged when the told date is coarser. */
    private static TimexSpan counted(TimexSpan m, String words, int end, int count, char unit, boolean back, String told) {
        int sign = back ? -1 : 1;
        try {
            String value;
            Granularity granularity;
            if (unit == 'Y' && told.length() >= 4) {
                value = String.valueOf(Integer.parseInt(told.substring(0, 4)) + sign * count);
                granularity = Granularity.YEAR;
            } else if (unit == 'M' && told.length() >= 7) {
                value = java.time.YearMonth.parse(told.substring(0, 7)).plusMonths((long) sign * count).toString();
                granularity = Granularity.MONTH;
            } else if ((unit == 'D' || unit == 'W') && told.length() == 10) {
                value = LocalDate.parse(told).plusDays((long) sign * count * (unit == 'W' ? 7 : 1)).toString();
                granularity = Granularity.DAY;
            } else {
                return m;
            }
            return new TimexSpan(m.start(), end, m.sentence(), words, TimexType.DATE, value, granularity, true);
        } catch (DateTimeParseException | NumberFormatException e) {
            return m;
        }
    }
}
