package dev.storybrief.clean;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.text.ParsePosition;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date line written the way a language writes its dates, read with the date patterns and names CLDR gives every
 * language (ICU4J), in the calendar the language dates its news by as well as the Gregorian one: "2026. december 5.
 * 09:00" (Hungarian), "Thứ năm, 3/12/2026, 09:20" (Vietnamese), "2 दिसंबर 2026" (Hindi), "۱۳ آذر ۱۴۰۵" (Persian,
 * the Solar Hijri calendar), "۴ دسامبر ۲۰۲۶" (Persian, Gregorian). The languages tried are those written in the
 * line's script; a line that reads as different days in two of them ("3/12/2026" in Vietnamese and American
 * English) is read as none, unless a weekday name says which language and which day it is. The fallback behind the
 * month lists of {@link dev.storybrief.wording.WrittenDates}, for the languages those lists leave out.
 */
final class CldrDates {
    /** The longest date line read: a weekday, a date and a time. */
    private static final int MAX_CHARS = 60;
    /** A time of day at the end of a date line, after a space, a comma or a dash ("09:20", "08.10 Uhr", "10:15 WIB"). */
    private static final Pattern TIME_AT_END = Pattern.compile("(?:\\s*[,،]\\s*|\\s+[-–—|·•]\\s+|\\s+)"
            + "(?<word>\\p{L}{1,4}\\.?\\s+)?\\d{1,2}[:.]\\d{2}(?::\\d{2})?(?:\\s*\\p{L}{1,4}\\.?)?$");
    /** A year of four figures (after the figures of every script are read as ASCII ones). */
    private static final Pattern FULL_YEAR = Pattern.compile("(?<!\\d)\\d{4}(?!\\d)");
    private static final int[] STYLES = {DateFormat.FULL, DateFormat.LONG, DateFormat.MEDIUM, DateFormat.SHORT};
    /** Days no believable publication date lies before (a year read in the wrong calendar lands centuries off). */
    private static final LocalDate EARLIEST = BelievableDates.PLACEHOLDER_BEFORE;
    /**
     * Years a reading may lie ahead of today: a line in the Buddhist era ("1 ธันวาคม 2569") read as a Gregorian year
     * lands 543 years ahead, and only the Buddhist reading (2026) is then left, where two would cancel each other.
     */
    private static final int LATEST_YEARS_AHEAD = 100;

    /**
     * The month names (small letters) of the languages whose CLDR long date puts the year first and names the month
     * ("y. MMMM d." in Hungarian), to their numbers.
     */
    private static final Map<String, Integer> YEAR_FIRST_MONTHS = yearFirstMonths();
    /**
     * A full date with the year first and the month's name, as Hungarian writes it ("2026. december 3."), a regex
     * without groups for datelines to embed.
     */
    static final String YEAR_FIRST = "(?iu:(?<!\\d)(?:19|20)\\d{2}\\.?\\s+(?:" + alternation(YEAR_FIRST_MONTHS.keySet())
            + ")\\s+\\d{1,2}\\.?(?!\\d))";
    private static final Pattern YEAR_FIRST_DATE = Pattern.compile("(?iu)(?<!\\d)((?:19|20)\\d{2})\\.?\\s+("
            + alternation(YEAR_FIRST_MONTHS.keySet()) + ")\\s+(\\d{1,2})\\.?(?!\\d)");

    /**
     * One language's date formats in one calendar, with its weekday names, and every word its dates are written with
     * (months, weekdays, eras, the patterns' own words): a line with another word is no date of that language.
     */
    private static final class Formats {
        private final ULocale locale;
        private final Calendar calendar;
        private final Map<String, Integer> weekdays;
        private final Set<String> words;
        private List<DateFormat> dates;

        /** The wide month names as a date writes them, in small letters (null where a calendar has fewer months). */
        private final String[] months;

        Formats(ULocale locale, Calendar calendar, DateFormatSymbols symbols) {
            this.locale = locale;
            this.calendar = calendar;
            this.weekdays = CldrDates.weekdays(symbols);
            this.words = dateWords(symbols);
            this.months = java.util.Arrays.stream(symbols.getMonths(DateFormatSymbols.FORMAT, DateFormatSymbols.WIDE))
                    .map(m -> m == null ? null : m.toLowerCase(Locale.ROOT)).toArray(String[]::new);
        }

        /**
         * The line with a month name in another case of the language's grammar written as CLDR names it: Latvian
         * dates "1. decembrī" (on 1 December), where CLDR writes "decembris". Such a word shares the name's stem (the
         * name less its last one or two letters, at least {@link #STEM_LETTERS}) and ends in at most two other
         * letters; it is taken only when it fits one month. The line itself when no word is declined so.
         */
        String withMonthsNamed(String line, List<String> lineWords) {
            String named = line;
            for (String word : lineWords) {
                if (word.length() <= JOINING_LETTERS || words.contains(word)) {
                    continue;
                }
                String month = null;
                for (String name : months) {
                    if (name != null && declines(name, word)) {
                        if (month != null && !month.equals(name)) {
                            return line; // two months' stems: no reading
                        }
                        month = name;
                    }
                }
                if (month == null) {
                    return line;
                }
                named = Pattern.compile("(?iu)(?<!\\p{L})" + Pattern.quote(word) + "(?!\\p{L})").matcher(named)
                        .replaceAll(Matcher.quoteReplacement(month));
            }
            return named;
        }

        private static boolean declines(String name, String word) {
            for (int cut = 1; cut <= 2; cut++) {
                int stem = name.length() - cut;
                if (stem >= STEM_LETTERS && word.length() > stem && word.length() - stem <= 2
                        && word.regionMatches(0, name, 0, stem)) {
                    return true;
                }
            }
            return false;
        }

        Map<String, Integer> weekdays() {
            return weekdays;
        }

        /** Whether every word of a line is one this language dates with, or a short joining word ("de", "klo"). */
        boolean knows(List<String> lineWords) {
            return lineWords.stream().allMatch(w -> w.length() <= JOINING_LETTERS || words.contains(w));
        }

        /** The four date styles, strict, made the first time a line may be a date of this language. */
        List<DateFormat> dates() {
            if (dates == null) {
                dates = new ArrayList<>();
                for (int style : STYLES) {
                    DateFormat format = DateFormat.getDateInstance(calendar, style, locale);
                    format.setLenient(false);
                    format.setTimeZone(TimeZone.GMT_ZONE);
                    dates.add(format);
                    // the comma a pattern sets between its fields ("d MMMM, y") is often left out in print
                    if (format instanceof com.ibm.icu.text.SimpleDateFormat simple && simple.toPattern().contains(",")
                            && !simple.toPattern().contains("'")) {
                        com.ibm.icu.text.SimpleDateFormat bare = (com.ibm.icu.text.SimpleDateFormat) simple.clone();
                        bare.applyPattern(simple.toPattern().replace(",", "").replaceAll("\\s+", " "));
                        dates.add(bare);
                    }
                }
            }
            return dates;
        }
    }

    /** The shortest stem a declined month name is known by ("maij" of Latvian "maijs", "maijā"). */
    private static final int STEM_LETTERS = 4;
    /** The longest word a date pattern joins its parts with ("de", "of", "klo", "roku", "gada"), not a name. */
    private static final int JOINING_LETTERS = 4;
    /** A day of one or two figures beside the year: a line without one is a month or a year, no day. */
    private static final Pattern DAY = Pattern.compile("(?<!\\d)\\d{1,2}(?!\\d)");

    /** What splits a line into its words: anything but letters and their marks. */
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{M}]+");
    /** The most words a date line has beside its figures (a weekday of two words, a month, a joining word). */
    private static final int MAX_WORDS = 5;

    /** The formats of the languages of each script, made when a line of that script is first read. */
    private static final Map<Integer, List<Formats>> BY_SCRIPT = new HashMap<>();

    private CldrDates() {
    }

    /**
     * The date a line that is nothing but a date gives (perhaps with a weekday before it and a time after it), read in
     * every language of the line's script, or empty when none reads the whole line with a year of four figures, or
     * two read different days.
     */
    static Optional<LocalDate> dateLine(String line) {
        if (line == null || line.length() > MAX_CHARS) {
            return Optional.empty();
        }
        String text = asciiDigits(line.replace('\u00A0', ' ').strip());
        if (!FULL_YEAR.matcher(text).find()) {
            return Optional.empty();
        }
        Matcher time = TIME_AT_END.matcher(text);
        if (!time.find() || time.start() == 0) {
            return dateOf(text);
        }
        // the short word before the time says "at" ("เวลา 07:30", "klo 9.20"), or it ends the date ("1 d. 08:40":
        // Lithuanian writes "d." for the day): read without it first, then with it
        Optional<LocalDate> without = dateOf(text.substring(0, time.start()).strip());
        return without.isPresent() || time.group("word") == null ? without
                : dateOf(text.substring(0, time.end("word")).strip());
    }

    /** The date of a line that is only a date (its time cut off), as {@link #dateLine} reads it. */
    private static Optional<LocalDate> dateOf(String date) {
        int script = scriptOf(date);
        if (script == UScript.COMMON || !FULL_YEAR.matcher(date).find() || !DAY.matcher(date).find()) {
            return Optional.empty();
        }
        List<String> words = wordsOf(date);
        if (words.size() > MAX_WORDS) {
            return Optional.empty();
        }
        Set<LocalDate> read = new HashSet<>();
        Set<LocalDate> byWeekday = new HashSet<>();
        synchronized (BY_SCRIPT) {
            for (Formats formats : BY_SCRIPT.computeIfAbsent(script, CldrDates::formatsOf)) {
                if (formats.knows(words)) {
                    readIn(date, formats, read, byWeekday);
                    continue;
                }
                String named = formats.withMonthsNamed(date, words);
                if (!named.equals(date) && formats.knows(wordsOf(named))) {
                    readIn(named, formats, read, byWeekday);
                }
            }
        }
        Set<LocalDate> dates = byWeekday.isEmpty() ? read : byWeekday;
        return dates.size() == 1 ? Optional.of(dates.iterator().next()) : Optional.empty();
    }

    /**
     * Adds the days one language reads the line as: {@code read} whole, {@code byWeekday} after one of its weekday
     * names that names the day's own weekday.
     */
    private static void readIn(String date, Formats formats, Set<LocalDate> read, Set<LocalDate> byWeekday) {
        for (DateFormat format : formats.dates()) {
            parse(format, date).ifPresent(read::add);
        }
        String lower = date.toLowerCase(Locale.ROOT);
        formats.weekdays().forEach((name, weekday) -> {
            if (!lower.startsWith(name) || lower.length() > name.length()
                    && Character.isLetter(lower.codePointAt(name.length()))) {
                return;
            }
            String rest = date.substring(name.length()).replaceFirst("^[\\s,،.]+", "");
            for (DateFormat format : formats.dates()) {
                parse(format, rest).filter(day -> day.getDayOfWeek().getValue() % 7 + 1 == weekday)
                        .ifPresent(byWeekday::add);
            }
        });
    }

    /** The day the whole text reads as in one format, with a year of four figures, or empty. */
    private static Optional<LocalDate> parse(DateFormat format, String text) {
        if (text.isEmpty() || !FULL_YEAR.matcher(text).find()) {
            return Optional.empty();
        }
        ParsePosition at = new ParsePosition(0);
        java.util.Date parsed = format.parse(text, at);
        if (parsed == null || at.getIndex() != text.length()) {
            return Optional.empty();
        }
        LocalDate day = parsed.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
        boolean centuriesOff = day.isBefore(EARLIEST) || day.isAfter(LocalDate.now(ZoneOffset.UTC).plusYears(LATEST_YEARS_AHEAD));
        return centuriesOff ? Optional.empty() : Optional.of(day);
    }

    /** The first date written with the year first and the month's name ({@link #YEAR_FIRST}) in the text, or empty. */
    static Optional<LocalDate> yearFirst(String text) {
        Matcher m = YEAR_FIRST_DATE.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)),
                    YEAR_FIRST_MONTHS.get(m.group(2).toLowerCase(Locale.ROOT)), Integer.parseInt(m.group(3))));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Map<String, Integer> yearFirstMonths() {
        Map<String, Integer> names = new HashMap<>();
        Set<String> languages = new HashSet<>();
        for (ULocale locale : ULocale.getAvailableLocales()) {
            String language = locale.getLanguage();
            if (language.isEmpty() || !languages.add(language)) {
                continue;
            }
            ULocale gregorian = new ULocale(language + "@calendar=gregorian");
            DateFormat format = DateFormat.getDateInstance(DateFormat.LONG, gregorian);
            String pattern = format instanceof com.ibm.icu.text.SimpleDateFormat simple ? simple.toPattern() : "";
            if (!pattern.startsWith("y") || !pattern.contains("MMMM")) {
                continue;
            }
            DateFormatSymbols symbols = new DateFormatSymbols(gregorian);
            for (int context : new int[]{DateFormatSymbols.FORMAT, DateFormatSymbols.STANDALONE}) {
                String[] months = symbols.getMonths(context, DateFormatSymbols.WIDE);
                for (int m = 0; m < months.length && m < 12; m++) {
                    String name = months[m].toLowerCase(Locale.ROOT);
                    if (name.length() >= 3 && name.codePoints().allMatch(Character::isLetter)) {
                        names.putIfAbsent(name, m + 1);
                    }
                }
            }
        }
        return Map.copyOf(names);
    }

    /**
     * The month a name (or its CLDR abbreviation) gives in every language CLDR has, in the Gregorian calendar: "dis"
     * (Malay) is 12; 0 when no language or two languages' names give different months.
     */
    static int monthNamed(String name) {
        java.util.Set<Integer> months = MonthNames.ALL.getOrDefault(name.toLowerCase(Locale.ROOT), Set.of());
        return months.size() == 1 ? months.iterator().next() : 0;
    }

    /** Every language's month names, wide and abbreviated, to their months (made when first asked). */
    private static final class MonthNames {
        static final Map<String, Set<Integer>> ALL = all();

        private static Map<String, Set<Integer>> all() {
            Map<String, Set<Integer>> names = new HashMap<>();
            Set<String> languages = new HashSet<>();
            for (ULocale locale : ULocale.getAvailableLocales()) {
                String language = locale.getLanguage();
                if (language.isEmpty() || !languages.add(language)) {
                    continue;
                }
                DateFormatSymbols symbols = new DateFormatSymbols(new ULocale(language + "@calendar=gregorian"));
                for (int context : new int[]{DateFormatSymbols.FORMAT, DateFormatSymbols.STANDALONE}) {
                    for (int width : new int[]{DateFormatSymbols.WIDE, DateFormatSymbols.ABBREVIATED}) {
                        String[] months = symbols.getMonths(context, width);
                        for (int m = 0; m < months.length && m < 12; m++) {
                            String month = months[m].toLowerCase(Locale.ROOT).replaceFirst("\\.$", "");
                            if (month.length() >= 3) {
                                names.computeIfAbsent(month, k -> new HashSet<>()).add(m + 1);
                            }
                        }
                    }
                }
            }
            return names;
        }
    }

    /** The names as a regex alternation, longest first. */
    private static String alternation(Set<String> names) {
        return names.stream().sorted((a, b) -> b.length() - a.length()).map(Pattern::quote)
                .collect(java.util.stream.Collectors.joining("|"));
    }

    /** The words of a text in small letters, figures and signs left out. */
    private static List<String> wordsOf(String text) {
        List<String> words = new ArrayList<>();
        for (String word : NON_WORD.split(text.toLowerCase(Locale.ROOT))) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    /** Every word a language's dates are named with in one calendar: its months, weekdays and eras. */
    private static Set<String> dateWords(DateFormatSymbols symbols) {
        List<String> texts = new ArrayList<>();
        for (int context : new int[]{DateFormatSymbols.FORMAT, DateFormatSymbols.STANDALONE}) {
            for (int width : new int[]{DateFormatSymbols.WIDE, DateFormatSymbols.ABBREVIATED}) {
                texts.addAll(List.of(symbols.getMonths(context, width)));
                texts.addAll(List.of(symbols.getWeekdays(context, width)));
            }
        }
        texts.addAll(List.of(symbols.getEras()));
        texts.addAll(List.of(symbols.getEraNames()));
        Set<String> words = new HashSet<>();
        texts.stream().filter(java.util.Objects::nonNull).forEach(t -> words.addAll(wordsOf(t)));
        return words;
    }

    /** The script of the line's first letter, or {@link UScript#COMMON} when it has none. */
    private static int scriptOf(String text) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (UCharacter.isLetter(c)) {
                return UScript.getScript(c);
            }
            i += Character.charCount(c);
        }
        return UScript.COMMON;
    }

    /** The text with every decimal figure of any script written as an ASCII one ("۱۴۰۵" as "1405"). */
    static String asciiDigits(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (UCharacter.getType(c) == UCharacter.DECIMAL_DIGIT_NUMBER && UCharacter.digit(c) >= 0) {
                out.append((char) ('0' + UCharacter.digit(c)));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    /**
     * The formats of every language CLDR has whose likely script is {@code script}: its four date styles, in its own
     * calendar and the Gregorian one, reading ASCII figures, strictly (made when first needed).
     */
    private static List<Formats> formatsOf(int script) {
        List<Formats> all = new ArrayList<>();
        Set<String> languages = new HashSet<>();
        for (ULocale locale : ULocale.getAvailableLocales()) {
            String language = locale.getLanguage();
            if (language.isEmpty() || !languages.add(language)) {
                continue;
            }
            String likely = ULocale.addLikelySubtags(new ULocale(language)).getScript();
            if (likely.isEmpty() || UScript.getCodeFromName(likely) != script) {
                continue;
            }
            ULocale base = new ULocale(language + "@numbers=latn");
            String own = Calendar.getInstance(new ULocale(language)).getType();
            Set<String> calendars = new java.util.LinkedHashSet<>(List.of(own, "gregorian"));
            for (String calendarType : calendars) {
                ULocale withCalendar = base.setKeywordValue("calendar", calendarType);
                Calendar calendar = Calendar.getInstance(TimeZone.GMT_ZONE, withCalendar);
                all.add(new Formats(withCalendar, calendar, new DateFormatSymbols(calendar, withCalendar)));
            }
        }
        return all;
    }

    /** A language's weekday names, wide and short, in a date and alone, in small letters, to their day (Sunday 1). */
    private static Map<String, Integer> weekdays(DateFormatSymbols symbols) {
        Map<String, Integer> names = new HashMap<>();
        for (int context : new int[]{DateFormatSymbols.FORMAT, DateFormatSymbols.STANDALONE}) {
            for (int width : new int[]{DateFormatSymbols.WIDE, DateFormatSymbols.ABBREVIATED}) {
                String[] days = symbols.getWeekdays(context, width);
                for (int d = Calendar.SUNDAY; d <= Calendar.SATURDAY && d < days.length; d++) {
                    String name = days[d] == null ? "" : days[d].toLowerCase(Locale.ROOT).replaceFirst("\\.$", "");
                    if (name.length() >= 2) {
                        names.putIfAbsent(name, d);
                    }
                }
            }
        }
        return names;
    }
}
