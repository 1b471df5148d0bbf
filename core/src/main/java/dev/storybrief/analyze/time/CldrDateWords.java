package dev.storybrief.analyze.time;

import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.text.RelativeDateTimeFormatter;
import com.ibm.icu.text.RelativeDateTimeFormatter.AbsoluteUnit;
import com.ibm.icu.text.RelativeDateTimeFormatter.Direction;
import com.ibm.icu.util.ULocale;
import java.time.DayOfWeek;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Weekday names and the days before and after today ("yesterday", "tomorrow") as CLDR writes them (ICU's
 * {@link DateFormatSymbols} and {@link RelativeDateTimeFormatter}), for the languages whose dates
 * {@link EuropeanDateTagger} reads from CLDR alone: Malay, Finnish, Hungarian, Greek, Romanian, Ukrainian, Slovak,
 * Croatian and Catalan. CLDR writes a weekday in the form a date heads ("maanantaina" Finnish, "Δευτέρα"); news also
 * puts it in the case "on Monday" takes, which CLDR does not hold: the Slavic accusative ("v stredu", "u srijedu",
 * "у середу": a name in -a/-я takes -u/-ю) and the Hungarian superessive ("hétfőn", "kedden").
 */
final class CldrDateWords {
    /** The languages read from CLDR alone. */
    static final Set<String> LANGUAGES = Set.of("ms", "fi", "hu", "el", "ro", "uk", "sk", "hr", "ca");
    /** The languages that date a weekday in the accusative, which changes a name ending in -a or -я. */
    private static final Set<String> ACCUSATIVE = Set.of("uk", "sk", "hr");
    /**
     * The Hungarian superessive, "on" a day ("hétfőn", "szerdán", "pénteken"): a suffix CLDR's names do not carry and
     * whose vowel follows the name's (vowel harmony), so it is written out; "vasárnap" takes none.
     */
    private static final List<String> HUNGARIAN_ON_DAY = List.of("hétfőn", "kedden", "szerdán", "csütörtökön",
            "pénteken", "szombaton", "vasárnap");

    private CldrDateWords() {
    }

    /** Monday to Sunday, lower case, in every form CLDR and the rules above give; empty for a language not listed. */
    static Map<String, DayOfWeek> weekdays(String language) {
        Map<String, DayOfWeek> days = new LinkedHashMap<>();
        if (!LANGUAGES.contains(language)) {
            return days;
        }
        DateFormatSymbols symbols = new DateFormatSymbols(new ULocale(language));
        for (int context : List.of(DateFormatSymbols.FORMAT, DateFormatSymbols.STANDALONE)) {
            String[] names = symbols.getWeekdays(context, DateFormatSymbols.WIDE);
            for (int i = 1; i < names.length; i++) { // ICU counts from Sunday, at index 1
                DayOfWeek day = DayOfWeek.SUNDAY.plus(i - 1);
                String name = RelativePhrases.key(names[i]);
                forms(language, name).forEach(form -> days.putIfAbsent(form, day));
            }
        }
        if ("hu".equals(language)) {
            for (int i = 0; i < HUNGARIAN_ON_DAY.size(); i++) {
                days.putIfAbsent(HUNGARIAN_ON_DAY.get(i), DayOfWeek.of(i + 1));
            }
        }
        return longestFirst(days);
    }

    /**
     * Yesterday, today, tomorrow and the days beyond them as CLDR writes them ("tegnap", "eilen", "χθες", "ieri"),
     * with the shift from the article's day; empty for a language not listed.
     */
    static Map<String, Integer> relativeDays(String language) {
        Map<String, Integer> days = new LinkedHashMap<>();
        if (!LANGUAGES.contains(language)) {
            return days;
        }
        RelativeDateTimeFormatter format = RelativeDateTimeFormatter.getInstance(new ULocale(language));
        Map<Direction, Integer> shifts = Map.of(Direction.LAST_2, -2, Direction.LAST, -1, Direction.THIS, 0,
                Direction.NEXT, 1, Direction.NEXT_2, 2);
        shifts.forEach((direction, shift) -> {
            String phrase = format.format(direction, AbsoluteUnit.DAY);
            if (phrase != null && !phrase.isBlank()) {
                forms(language, RelativePhrases.key(phrase)).forEach(form -> days.putIfAbsent(form, shift));
            }
        });
        return longestFirst(days);
    }

    /**
     * The forms a CLDR word is written in: itself with either apostrophe (Ukrainian "пʼятниця" is typed "п'ятниця"
     * and "п’ятниця"), the accusative of a name in -a/-я, and Ukrainian's "в" for an opening "у" ("учора",
     * "вчора": the two alternate by the sound before them).
     */
    private static List<String> forms(String language, String name) {
        java.util.LinkedHashSet<String> forms = new java.util.LinkedHashSet<>();
        forms.add(name);
        if (ACCUSATIVE.contains(language)) {
            if (name.endsWith("a") || name.endsWith("а")) {
                forms.add(name.substring(0, name.length() - 1) + (name.endsWith("a") ? "u" : "у"));
            } else if (name.endsWith("я")) {
                forms.add(name.substring(0, name.length() - 1) + "ю");
            }
        }
        if ("uk".equals(language) && name.startsWith("у")) {
            forms.add("в" + name.substring(1));
        }
        for (String form : List.copyOf(forms)) {
            if (form.indexOf('ʼ') >= 0) {
                forms.add(form.replace('ʼ', '\''));
                forms.add(form.replace('ʼ', '’'));
            }
        }
        return List.copyOf(forms);
    }

    /** Longer forms first, so that a pattern of them prefers "demà passat" to "demà". */
    private static <V> Map<String, V> longestFirst(Map<String, V> map) {
        Map<String, V> sorted = new LinkedHashMap<>();
        map.entrySet().stream().sorted(Comparator.comparingInt((Map.Entry<String, V> e) -> e.getKey().length())
                .reversed()).forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }
}
