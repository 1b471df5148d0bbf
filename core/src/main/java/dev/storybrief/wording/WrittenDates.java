package dev.storybrief.wording;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A full date as pages and copied text write it in their own language: "March 12, 2026", "12. März 2026", "8 septembre
 * 2023", "12 marca 2026", "08.09.2023", "2026-03-12", "2026年3月12日". The page extractor reads page dates with it, the text cleaner the
 * date lines and update stamps of copied text, so both know the same months. A slashed date is read only when its
 * day and month cannot be mistaken for each other.
 */
public final class WrittenDates {
    /**
     * The month names of the languages whose dates only this class knows, by language: Polish, Czech and Russian
     * in the genitive a date uses and the nominative, Dutch, Turkish, Hebrew (alone and with the "in" a date joins to
     * it), and Arabic as Egypt and the Gulf (transliterated)
     * and the Levant write them. The temporal tagger of these languages reads its months here ({@link #monthsOf}).
     */
    private static final Map<String, Map<String, Integer>> OWN_MONTHS = Map.of(
            "pl", byMonth("stycznia|styczeń", "lutego|luty", "marca|marzec", "kwietnia|kwiecień", "maja|maj",
                    "czerwca|czerwiec", "lipca|lipiec", "sierpnia|sierpień", "września|wrzesień",
                    "października|październik", "listopada|listopad", "grudnia|grudzień"),
            "cs", byMonth("ledna|leden", "února|únor", "března|březen", "dubna|duben", "května|květen",
                    "června|červen", "července|červenec", "srpna|srpen", "září", "října|říjen", "listopadu|listopad",
                    "prosince|prosinec"),
            "ru", byMonth("января|январь", "февраля|февраль", "марта|март", "апреля|апрель", "мая|май", "июня|июнь",
                    "июля|июль", "августа|август", "сентября|сентябрь", "октября|октябрь", "ноября|ноябрь",
                    "декабря|декабрь"),
            "nl", byMonth("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
                    "oktober", "november", "december"),
            "tr", byMonth("ocak", "şubat", "mart", "nisan", "mayıs", "haziran", "temmuz", "ağustos", "eylül", "ekim",
                    "kasım", "aralık"),
            // Hebrew joins "in" (ב) to the month in a date: "1 בדצמבר 2026"
            "he", byMonth("ינואר|בינואר", "פברואר|בפברואר", "מרץ|במרץ|מרס|במרס", "אפריל|באפריל", "מאי|במאי",
                    "יוני|ביוני", "יולי|ביולי", "אוגוסט|באוגוסט", "ספטמבר|בספטמבר", "אוקטובר|באוקטובר",
                    "נובמבר|בנובמבר", "דצמבר|בדצמבר"),
            "ar", byMonth("يناير|كانون الثاني", "فبراير|شباط", "مارس|آذار", "أبريل|إبريل|ابريل|نيسان", "مايو|أيار",
                    "يونيو|يونيه|حزيران", "يوليو|يوليه|تموز", "أغسطس|اغسطس|آب", "سبتمبر|أيلول",
                    "أكتوبر|اكتوبر|تشرين الأول", "نوفمبر|تشرين الثاني", "ديسمبر|كانون الأول"));
    /**
     * Languages whose full month names are read as the JDK's CLDR data writes them, in a date ("2 Δεκεμβρίου 2026",
     * "6 Desember 2026", "4 december 2026") and alone: Greek, Indonesian, the Nordic languages, Finnish, Romanian,
     * Hungarian, Ukrainian, Slovak, Croatian, Catalan and Malay. Abbreviations are left out: three letters of one language
     * are too often a word or another month in the next.
     */
    private static final java.util.List<String> CLDR_LANGUAGES = java.util.List.of("el", "id", "sv", "da", "nb", "fi",
            "ro", "hu", "uk", "sk", "hr", "ca", "ms");

    private static final Map<String, Integer> MONTH_NUMBERS = monthNames();
    /** Every month name and abbreviation the class reads, longest first, as a regex alternation (no group). */
    static final String MONTHS = monthAlternation();
    private static final Pattern MONTH_FIRST = Pattern.compile(
            "(?<![\\p{L}])(" + MONTHS + ")\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d{2})\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern DAY_FIRST = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th|er|º)?\\.?\\s+(?:de\\s+)?(" + MONTHS + ")(?![\\p{L}])\\.?,?\\s+(?:de\\s+)?((?:19|20)\\d{2})\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /**
     * A full date written with a month name in any language the class knows, month or day first ("August 15, 2026",
     * "15 de agosto de 2026", "3. května 2026", "21 Ocak 2026"), as a regex without groups for other patterns to embed.
     */
    public static final String WRITTEN = "(?iu:(?<![\\p{L}])(?:" + MONTHS + ")\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+(?:19|20)\\d{2}"
            + "|(?<![\\p{L}\\d])\\d{1,2}(?:st|nd|rd|th|er|º)?\\.?\\s+(?:de\\s+)?(?:" + MONTHS
            + ")(?![\\p{L}])\\.?,?\\s+(?:de\\s+)?(?:19|20)\\d{2})(?!\\d)";
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern SLASHED = SlashedDates.SLASHED;
    /** Chinese and Japanese "2026年11月10日", Korean "2026년 11월 10일": year, month and day each with its sign. */
    private static final Pattern YEAR_MONTH_DAY_SIGNS = Pattern.compile(
            "((?:19|20)\\d{2})\\s*[年년]\\s*(\\d{1,2})\\s*[月월]\\s*(\\d{1,2})\\s*[日일]");
    private static final Pattern DOTTED_DMY = Pattern.compile("\\b(\\d{1,2})\\.(\\d{1,2})\\.((?:19|20)\\d{2})\\b");

    private WrittenDates() {
    }

    /** One way of writing a full date: its pattern and how a match reads as a date. */
    private record Form(Pattern pattern, java.util.function.Function<Matcher, Optional<LocalDate>> reading) {
    }

    /** The forms in the order they are tried: month names first, then signs, ISO, day.month.year and slashes. */
    private static final java.util.List<Form> FORMS = java.util.List.of(
            new Form(MONTH_FIRST, m -> of(m.group(3), month(m.group(1)), m.group(2))),
            new Form(DAY_FIRST, m -> of(m.group(3), month(m.group(2)), m.group(1))),
            new Form(YEAR_MONTH_DAY_SIGNS, m -> of(m.group(1), Integer.parseInt(m.group(2)), m.group(3))),
            new Form(ISO, m -> of(m.group(1), Integer.parseInt(m.group(2)), m.group(3))),
            new Form(DOTTED_DMY, m -> of(m.group(3), Integer.parseInt(m.group(2)), m.group(1))),
            new Form(SLASHED, m -> slashed(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), m.group(3))));

    /** A full date written in a text, where it is written. */
    public record Span(int start, int end, LocalDate date) {
    }

    /** The first full date written in {@code text}: month names first, then ISO, then day.month.year; else empty. */
    public static Optional<LocalDate> find(String text) {
        return find(text, SlashedDates.Order.UNKNOWN);
    }

    /**
     * The first full date written in {@code text}, a slashed one read in the order the text's signals give
     * ({@link SlashedDates#orderOf}): "03/04/2026" is March 4 on a page that times itself "10:15 AM ET".
     */
    public static Optional<LocalDate> find(String text, SlashedDates.Order order) {
        if (text == null) {
            return Optional.empty();
        }
        for (Form form : FORMS) {
            Matcher m = form.pattern().matcher(text);
            if (m.find()) {
                return form.pattern() == SLASHED
                        ? SlashedDates.read(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), m.group(3), order)
                        : form.reading().apply(m);
            }
        }
        return Optional.empty();
    }

    /** Every full date written in {@code text} that reads as a date, in text order, none overlapping another. */
    public static java.util.List<Span> spans(String text) {
        java.util.List<Span> spans = new java.util.ArrayList<>();
        for (Form form : FORMS) {
            Matcher m = form.pattern().matcher(text);
            while (m.find()) {
                int start = m.start();
                int end = m.end();
                boolean free = spans.stream().noneMatch(s -> start < s.end() && s.start() < end);
                Optional<LocalDate> date = form.reading().apply(m);
                if (free && date.isPresent()) {
                    spans.add(new Span(start, end, date.get()));
                }
            }
        }
        spans.sort(java.util.Comparator.comparingInt(Span::start));
        return spans;
    }

    /**
     * "03/12/2026" is 3 December in Europe and 12 March in the United States: read only when the two agree or one
     * number cannot be a month.
     */
    private static Optional<LocalDate> slashed(int first, int second, String year) {
        return SlashedDates.read(first, second, year, SlashedDates.Order.UNKNOWN);
    }

    private static Optional<LocalDate> of(String year, int month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day)));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static int month(String name) {
        return MONTH_NUMBERS.getOrDefault(name.toLowerCase(Locale.ROOT), 0);
    }

    /** The number of a month name or abbreviation the class reads ("ноября" 11, "Oct" 10), or 0 when none. */
    public static int monthNumber(String name) {
        return month(name);
    }

    /**
     * Month names and abbreviations in English, German (with Austrian forms), French, Spanish, Portuguese and Italian,
     * and those of the languages of {@link #OWN_MONTHS}.
     */
    private static Map<String, Integer> monthNames() {
        String[][] byMonth = {
            {"january", "jan", "januar", "j\u00e4nner", "jaenner", "janvier", "janv", "enero", "janeiro", "gennaio"},
            {"february", "feb", "februar", "feber", "f\u00e9vrier", "f\u00e9vr", "fevrier", "febrero", "fevereiro", "febbraio"},
            {"march", "mar", "m\u00e4rz", "maerz", "mars", "marzo", "mar\u00e7o", "marco"},
            {"april", "apr", "avril", "avr", "abril", "aprile"},
            {"may", "mai", "mayo", "maio", "maggio"},
            {"june", "jun", "juni", "juin", "junio", "junho", "giugno"},
            {"july", "jul", "juli", "juillet", "juil", "julio", "julho", "luglio"},
            {"august", "aug", "ao\u00fbt", "aout", "agosto"},
            {"september", "sep", "sept", "septembre", "septiembre", "setiembre", "setembro", "settembre"},
            {"october", "oct", "oktober", "octobre", "octubre", "outubro", "ottobre"},
            {"november", "nov", "novembre", "noviembre", "novembro"},
            {"december", "dec", "dezember", "d\u00e9cembre", "decembre", "d\u00e9c", "diciembre", "dezembro", "dicembre"}};
        Map<String, Integer> names = new java.util.HashMap<>();
        for (int m = 0; m < byMonth.length; m++) {
            for (String name : byMonth[m]) {
                names.put(name, m + 1);
            }
        }
        OWN_MONTHS.values().forEach(names::putAll);
        CLDR_LANGUAGES.forEach(language -> cldrMonths(language, SHORTEST_NAME).forEach(names::putIfAbsent));
        return Map.copyOf(names);
    }

    /**
     * The fewest letters of a CLDR month name read in any text: a shorter name ("mei", "maj", "mai") is also a word or
     * another language's abbreviation. A language's own tagger, which reads only that language, takes them all.
     */
    private static final int SHORTEST_NAME = 4;

    private static Map<String, Integer> cldrMonths(String language, int shortest) {
        Locale locale = Locale.forLanguageTag(language);
        Map<String, Integer> names = new java.util.HashMap<>();
        for (java.time.Month month : java.time.Month.values()) {
            for (java.time.format.TextStyle style : java.util.List.of(java.time.format.TextStyle.FULL,
                    java.time.format.TextStyle.FULL_STANDALONE)) {
                String name = month.getDisplayName(style, locale).toLowerCase(locale);
                if (name.length() >= shortest && name.chars().allMatch(Character::isLetter)) {
                    names.putIfAbsent(name, month.getValue());
                }
            }
        }
        return names;
    }

    /** Month names to their numbers, each entry the forms of one month separated by "|". */
    private static Map<String, Integer> byMonth(String... months) {
        Map<String, Integer> names = new java.util.LinkedHashMap<>();
        for (int m = 0; m < months.length; m++) {
            for (String name : months[m].split("\\|")) {
                names.put(name, m + 1);
            }
        }
        return java.util.Collections.unmodifiableMap(names);
    }

    /**
     * The month names (lower case) of a language whose dates only this class lists (Polish, Czech, Russian, Dutch,
     * Turkish, Hebrew, Arabic), or whose names it reads as CLDR writes them (Indonesian, Greek, the Nordic languages
     * ...), to their numbers; empty for another language.
     */
    public static Map<String, Integer> monthsOf(String language) {
        if (language == null) {
            return Map.of();
        }
        return OWN_MONTHS.containsKey(language) ? OWN_MONTHS.get(language)
                : CLDR_LANGUAGES.contains(language) ? Map.copyOf(cldrMonths(language, 1)) : Map.of();
    }

    private static String monthAlternation() {
        return MONTH_NUMBERS.keySet().stream().sorted((a, b) -> b.length() - a.length())
                .collect(java.util.stream.Collectors.joining("|"));
    }
}
