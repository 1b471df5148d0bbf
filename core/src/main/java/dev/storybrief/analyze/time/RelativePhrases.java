package dev.storybrief.analyze.time;

import com.ibm.icu.text.RelativeDateTimeFormatter;
import com.ibm.icu.text.RelativeDateTimeFormatter.AbsoluteUnit;
import com.ibm.icu.text.RelativeDateTimeFormatter.Direction;
import com.ibm.icu.util.ULocale;
import dev.storybrief.model.Granularity;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The phrases a language says last and next week, month and year and last and next weekday with, as CLDR writes them
 * (ICU's {@link RelativeDateTimeFormatter}): "la settimana prossima" ("settimana prossima"), "w przyszłym tygodniu",
 * "semana passada", "volgende week dinsdag", "w przyszły wtorek". News writes them as CLDR does, so the
 * {@link EuropeanDateTagger} reads them from the same data for every language it knows, beside its own tables. A
 * weekday phrase that names its week ("volgende week dinsdag": Tuesday of next week) is that week's day; one that
 * does not ("mardi prochain") the next such day.
 *
 * <p>Also "this morning" said in one word or with "this" ("stamattina", "vanavond", "ce soir"), which CLDR does not
 * hold: a time of the article's own day.
 */
final class RelativePhrases {

    /** A period one step before or after the article's: last week ({@code WEEK}, -1), next year ({@code YEAR}, 1). */
    record Period(Granularity unit, int step) {
        /** Its value against the article's date: the Monday of the week (as the tagger's weeks), "2027-01", "2027". */
        String value(LocalDate published) {
            return switch (unit) {
                case WEEK -> published.plusWeeks(step).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                        .toString();
                case MONTH -> published.plusMonths(step).toString().substring(0, 7);
                case YEAR -> String.valueOf(published.getYear() + step);
                default -> published.toString();
            };
        }
    }

    /** A weekday of the last or next week, or the last or next such day. */
    record Weekday(DayOfWeek day, int step, boolean namesWeek) {
        /** The day it means against the article's date. */
        LocalDate value(LocalDate published) {
            if (namesWeek) {
                return published.plusWeeks(step).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                        .with(TemporalAdjusters.nextOrSame(day));
            }
            return published.with(step > 0 ? TemporalAdjusters.next(day) : TemporalAdjusters.previous(day));
        }
    }

    private static final List<AbsoluteUnit> WEEKDAYS = List.of(AbsoluteUnit.MONDAY, AbsoluteUnit.TUESDAY,
            AbsoluteUnit.WEDNESDAY, AbsoluteUnit.THURSDAY, AbsoluteUnit.FRIDAY, AbsoluteUnit.SATURDAY,
            AbsoluteUnit.SUNDAY);

    private RelativePhrases() {
    }

    /** Last and next week, month and year in CLDR's words for the language, keys as the tagger's ({@link #key}). */
    static Map<String, Period> periods(String language) {
        RelativeDateTimeFormatter format = RelativeDateTimeFormatter.getInstance(new ULocale(language));
        Map<String, Period> periods = new LinkedHashMap<>();
        for (Direction direction : List.of(Direction.LAST, Direction.NEXT)) {
            int step = direction == Direction.LAST ? -1 : 1;
            periods.put(key(format.format(direction, AbsoluteUnit.WEEK)), new Period(Granularity.WEEK, step));
            periods.put(key(format.format(direction, AbsoluteUnit.MONTH)), new Period(Granularity.MONTH, step));
            periods.put(key(format.format(direction, AbsoluteUnit.YEAR)), new Period(Granularity.YEAR, step));
        }
        return periods;
    }

    /** Last and next Monday to Sunday in CLDR's words for the language. */
    static Map<String, Weekday> weekdays(String language) {
        RelativeDateTimeFormatter format = RelativeDateTimeFormatter.getInstance(new ULocale(language));
        Map<String, Weekday> weekdays = new LinkedHashMap<>();
        for (Direction direction : List.of(Direction.LAST, Direction.NEXT)) {
            int step = direction == Direction.LAST ? -1 : 1;
            String week = key(format.format(direction, AbsoluteUnit.WEEK));
            for (int i = 0; i < WEEKDAYS.size(); i++) {
                String phrase = key(format.format(direction, WEEKDAYS.get(i)));
                weekdays.put(phrase, new Weekday(DayOfWeek.of(i + 1), step, phrase.contains(week)));
            }
        }
        return weekdays;
    }

    /**
     * "This morning" and "tonight" said in one word or with "this", with the TIMEX3 part of the day: "stamattina"
     * {@code TMO}, "vanavond" {@code TEV}, "ce soir". Where a language says them as "today" and a part of the day
     * ("heute Morgen", "dziś rano", "hoje de manhã") its relative days and parts already read them.
     */
    static Map<String, String> todayParts(String language) {
        List<String> pairs = switch (language) {
            case "it" -> List.of("stamattina", "TMO", "stamani", "TMO", "stamane", "TMO", "stasera", "TEV",
                    "stanotte", "TNI");
            case "nl" -> List.of("vanochtend", "TMO", "vanmorgen", "TMO", "vanmiddag", "TAF", "vanavond", "TEV",
                    "vannacht", "TNI");
            case "fr" -> List.of("ce matin", "TMO", "cet après-midi", "TAF", "ce soir", "TEV", "cette nuit", "TNI");
            case "es" -> List.of("esta mañana", "TMO", "esta tarde", "TAF", "esta noche", "TNI");
            case "pt" -> List.of("esta manhã", "TMO", "nesta manhã", "TMO", "esta tarde", "TAF", "nesta tarde", "TAF",
                    "esta noite", "TNI", "nesta noite", "TNI");
            default -> List.of();
        };
        Map<String, String> parts = new LinkedHashMap<>();
        for (int i = 0; i < pairs.size(); i += 2) {
            parts.put(pairs.get(i), pairs.get(i + 1));
        }
        return parts;
    }

    /** The tagger's key of a written phrase: lower case, single spaces, a straight apostrophe. */
    static String key(String written) {
        return written.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").replace('’', '\'');
    }

    /**
     * A pattern that finds any of the phrases (keys) as whole words, longest first, whatever the spaces and
     * apostrophes between their words; never matches when there are none.
     */
    static Pattern anyOf(Collection<String> keys) {
        if (keys.isEmpty()) {
            return Pattern.compile("(?!)");
        }
        String alternatives = keys.stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(k -> Pattern.quote(k).replace(" ", "\\E\\s+\\Q").replace("'", "\\E['’]\\Q"))
                .collect(Collectors.joining("|"));
        return Pattern.compile("(?<![\\p{L}'’-])(?:" + alternatives + ")(?![\\p{L}-])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
