package dev.storybrief.analyze.time;

import dev.storybrief.analyze.quantity.WrittenNumbers;
import dev.storybrief.model.Granularity;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Christmas, Christmas Eve, New Year's Eve and New Year's Day in French, German, Spanish, Italian, Portuguese, Dutch
 * and Polish news ("Noël", "Weihnachten", "Navidad", "Natale", "Natal", "Kerstmis", "Boże Narodzenie"), and a count
 * of days, weeks or months set before or after one ("la semaine avant Noël", "die Woche vor Weihnachten", "dos días
 * después de Navidad"): as in English ({@link HolidayRule}, {@link AnaphoricRule}) the holiday is the one the
 * clause's tense points to, and a count from it is one date counted from the holiday, so that strikes "prévues la
 * semaine avant Noël" do not sit on Christmas Day.
 *
 * <p>One table a language: the holidays' names in the forms a preposition puts them in, the words that count one
 * (articles, "one"), the units (singular and plural apart: "the days before Christmas" is a stretch, only "the day"
 * or a number counts), and the words for before and after. Larger numbers in words ("deux", "zwei", "dwa") are read
 * by the quantity stage's own tables ({@link WrittenNumbers}), not by a copy here.
 */
final class EuropeanHolidays {

    /** How far before a holiday a count may start ("la semaine avant", "dwa tygodnie przed"). */
    private static final int COUNT_REACH = 60;

    private final Map<String, MonthDay> days;
    /** The words that count one: the articles ("la semaine avant", "die Woche vor") and "one" alone. */
    private final Set<String> ones;
    /** The language's numbers in words ("deux", "zwei", "dwa"), read as the quantity extractor reads them. */
    private final WrittenNumbers numbers;
    private final Map<String, Granularity> singular;
    private final Map<String, Granularity> plural;
    private final Map<String, Integer> directions;
    private final Pattern holiday;
    private final Pattern count;
    /** Whether the names are also written in lower case (Dutch "kerst"); elsewhere a holiday is a capitalised name. */
    private final boolean lowerCaseName;

    private EuropeanHolidays(String language, Map<String, MonthDay> days, Set<String> ones,
                             Map<String, Granularity> singular, Map<String, Granularity> plural,
                             Map<String, Integer> directions, boolean lowerCaseName) {
        this.days = days;
        this.ones = ones;
        this.numbers = WrittenNumbers.forLanguage(language);
        this.singular = singular;
        this.plural = plural;
        this.directions = directions;
        this.lowerCaseName = lowerCaseName;
        this.holiday = Pattern.compile("(?<![\\p{L}'’-])(" + alternatives(days.keySet()) + ")(?![\\p{L}-])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        Set<String> units = new java.util.HashSet<>(singular.keySet());
        units.addAll(plural.keySet());
        String written = numbers == null ? "" : "|" + numbers.pattern();
        this.count = Pattern.compile("(?<![\\p{L}])(?:(?<n>\\d{1,2}|" + alternatives(ones) + written + ")\\s+)?"
                        + "(?<unit>" + alternatives(units) + ")\\s+(?<dir>" + alternatives(directions.keySet()) + ")\\s+$",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** The table of a language, or null for one without. */
    static EuropeanHolidays forLanguage(String language) {
        return language == null ? null : switch (language) {
            case "fr" -> new EuropeanHolidays("fr", Map.of("noël", md(12, 25), "veille de noël", md(12, 24),
                    "saint-sylvestre", md(12, 31), "nouvel an", md(1, 1), "jour de l'an", md(1, 1)),
                    Set.of("la", "le", "une", "un"),
                    Map.of("jour", Granularity.DAY, "semaine", Granularity.WEEK, "mois", Granularity.MONTH),
                    Map.of("jours", Granularity.DAY, "semaines", Granularity.WEEK),
                    Map.of("avant", -1, "après", 1), false);
            case "de" -> new EuropeanHolidays("de", Map.of("weihnachten", md(12, 25), "heiligabend", md(12, 24),
                    "silvester", md(12, 31), "neujahr", md(1, 1)),
                    Set.of("die", "der", "den", "eine", "einen", "einem"),
                    Map.of("tag", Granularity.DAY, "woche", Granularity.WEEK, "monat", Granularity.MONTH),
                    Map.of("tage", Granularity.DAY, "tagen", Granularity.DAY, "wochen", Granularity.WEEK,
                            "monate", Granularity.MONTH, "monaten", Granularity.MONTH),
                    Map.of("vor", -1, "nach", 1), false);
            case "es" -> new EuropeanHolidays("es", Map.of("navidad", md(12, 25), "nochebuena", md(12, 24),
                    "nochevieja", md(12, 31), "año nuevo", md(1, 1)),
                    Set.of("la", "el", "una", "un"),
                    Map.of("día", Granularity.DAY, "semana", Granularity.WEEK, "mes", Granularity.MONTH),
                    Map.of("días", Granularity.DAY, "semanas", Granularity.WEEK, "meses", Granularity.MONTH),
                    Map.of("antes de", -1, "antes del", -1, "después de", 1, "después del", 1), false);
            case "it" -> new EuropeanHolidays("it", Map.of("natale", md(12, 25), "vigilia di natale", md(12, 24),
                    "san silvestro", md(12, 31), "capodanno", md(1, 1)),
                    Set.of("la", "il", "una", "un"),
                    Map.of("giorno", Granularity.DAY, "settimana", Granularity.WEEK, "mese", Granularity.MONTH),
                    Map.of("giorni", Granularity.DAY, "settimane", Granularity.WEEK, "mesi", Granularity.MONTH),
                    Map.of("prima di", -1, "prima del", -1, "dopo", 1, "dopo il", 1), false);
            case "pt" -> new EuropeanHolidays("pt", Map.of("natal", md(12, 25), "véspera de natal", md(12, 24),
                    "ano novo", md(1, 1)),
                    Set.of("a", "o", "uma", "um"),
                    Map.of("dia", Granularity.DAY, "semana", Granularity.WEEK, "mês", Granularity.MONTH),
                    Map.of("dias", Granularity.DAY, "semanas", Granularity.WEEK, "meses", Granularity.MONTH),
                    Map.of("antes do", -1, "antes de", -1, "depois do", 1, "depois de", 1, "após o", 1), false);
            case "nl" -> new EuropeanHolidays("nl", Map.of("kerstmis", md(12, 25), "kerst", md(12, 25),
                    "kerstavond", md(12, 24), "oudejaarsavond", md(12, 31), "oudjaar", md(12, 31),
                    "nieuwjaarsdag", md(1, 1), "nieuwjaar", md(1, 1)),
                    Set.of("de", "het", "een", "één"),
                    Map.of("dag", Granularity.DAY, "week", Granularity.WEEK, "maand", Granularity.MONTH),
                    Map.of("dagen", Granularity.DAY, "weken", Granularity.WEEK, "maanden", Granularity.MONTH),
                    Map.of("voor", -1, "vóór", -1, "na", 1), true);
            // a preposition puts the name in a case of its own: "przed Bożym Narodzeniem", "po Bożym Narodzeniu";
            // "Nowy Rok" is also any new year ("w nowym roku"), so it is left out
            case "pl" -> new EuropeanHolidays("pl", Map.of("boże narodzenie", md(12, 25), "bożego narodzenia", md(12, 25),
                    "bożym narodzeniem", md(12, 25), "bożym narodzeniu", md(12, 25), "wigilia", md(12, 24),
                    "wigilią", md(12, 24), "wigilii", md(12, 24), "sylwester", md(12, 31), "sylwestrem", md(12, 31),
                    "sylwestrze", md(12, 31)),
                    Set.of("jeden", "jedną", "jedna"),
                    Map.of("dzień", Granularity.DAY, "tydzień", Granularity.WEEK, "miesiąc", Granularity.MONTH),
                    Map.of("dni", Granularity.DAY, "tygodnie", Granularity.WEEK, "tygodni", Granularity.WEEK,
                            "miesiące", Granularity.MONTH, "miesięcy", Granularity.MONTH),
                    Map.of("przed", -1, "po", 1), false);
            default -> null;
        };
    }

    /** What tells the tense of the clause around {@code [start, end)} of the sentence. */
    interface ClauseTense {
        Tense at(String sentence, int start, int end);
    }

    /**
     * The holidays of one sentence and the counts set before or after them, resolved against {@code published} (may
     * be null: no value).
     */
    List<TemporalMention> find(String sentence, LocalDate published, ClauseTense tense) {
        List<TemporalMention> found = new java.util.ArrayList<>();
        Matcher m = holiday.matcher(sentence);
        while (m.find()) {
            MonthDay day = days.get(m.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").replace('’', '\''));
            if (day == null || !lowerCaseName && m.group(1).chars().noneMatch(Character::isUpperCase)) {
                continue; // "cidade natal", "città natale": the adjective (native), not the holiday
            }
            LocalDate date = published == null ? null
                    : CalendarChoices.dayWithoutYear(day, published, tense.at(sentence, m.start(), m.end()));
            TemporalMention counted = countBefore(sentence, m.start(), m.end(), date);
            found.add(counted != null ? counted : new TemporalMention(m.start(), m.end(), m.group(),
                    date == null ? null : CalendarValues.day(date), Granularity.DAY, true));
        }
        return found;
    }

    /** "la semaine avant [Noël]": one mention from the count to the holiday's end, counted from it; null without. */
    private TemporalMention countBefore(String sentence, int start, int end, LocalDate holidayDate) {
        int from = Math.max(0, start - COUNT_REACH);
        Matcher c = count.matcher(sentence.substring(from, start));
        if (!c.find()) {
            return null;
        }
        String unitWord = c.group("unit").toLowerCase(Locale.ROOT);
        String n = c.group("n") == null ? null : c.group("n").toLowerCase(Locale.ROOT);
        Granularity unit = singular.get(unitWord);
        Integer amount;
        if (unit != null) {
            amount = n == null ? Integer.valueOf(1) : amount(n);
        } else {
            // "les jours avant Noël", "die Tage vor Weihnachten": a stretch, unless a number counts it
            unit = plural.get(unitWord);
            amount = n == null ? null : amount(n);
            if (amount != null && amount == 1) {
                amount = null; // "die Tage", "les jours": the article counts no plural
            }
        }
        Integer dir = directions.get(c.group("dir").toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
        if (unit == null || amount == null || dir == null) {
            return null;
        }
        int countStart = from + c.start();
        String value = holidayDate == null ? null
                : CalendarValues.render(CalendarValues.shift(holidayDate, unit, dir * amount), unit);
        return new TemporalMention(countStart, end, sentence.substring(countStart, end), value, unit, true);
    }

    /** The count a word or number gives: 1 for an article or "one", the number's value, or null for neither. */
    private Integer amount(String n) {
        if (n.chars().allMatch(Character::isDigit)) {
            return Integer.valueOf(n);
        }
        if (ones.contains(n)) {
            return 1;
        }
        java.util.OptionalInt written = numbers == null ? java.util.OptionalInt.empty() : numbers.value(n);
        return written.isPresent() ? Integer.valueOf(written.getAsInt()) : null;
    }

    private static MonthDay md(int month, int day) {
        return MonthDay.of(month, day);
    }

    /** A regex alternation of the words, longer ones first, spaces as any run of blanks. */
    private static String alternatives(Set<String> words) {
        return words.stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(w -> Pattern.quote(w).replace(" ", "\\E\\s+\\Q").replace("'", "\\E['’]\\Q"))
                .collect(java.util.stream.Collectors.joining("|"));
    }
}
