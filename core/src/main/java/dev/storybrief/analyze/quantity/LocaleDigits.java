package dev.storybrief.analyze.quantity;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.SimpleDateFormat;
import com.ibm.icu.util.ULocale;
import dev.storybrief.analyze.terms.TermChain;
import dev.storybrief.analyze.terms.TermChains;
import dev.storybrief.model.Qualifier;
import dev.storybrief.model.QuantitySpan;
import java.text.DecimalFormatSymbols;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * English's quantity rules for a language without rules of its own, reading its digits the way the language writes
 * them. Most of the languages storybrief has no table for (Czech, Russian, Turkish, Greek, Indonesian ...) write a
 * decimal comma and group thousands with a dot or a space ("5,8", "1.500", "8 000"); read by English's conventions
 * those are 8, 1.5 and 0. The separators are the locale's own (CLDR, through the JDK), so no language is listed here;
 * a language that writes digits as English does (Hindi, Korean) keeps them as they are. A number before one of the
 * language's month names is a date ("24 ноября", "2 दिसंबर"), not a count. Every script's decimal digits are read
 * (Persian "۱۵", Bengali "১২"), as {@link Character#digit} gives them, with the locale's own separators ("۵٫۶"). A
 * counter written onto the number in a script without capitals (Korean "점포 120곳") is what the number counts, unless
 * the locale's own date and time formats write those letters after their numbers ("2일", "12월", "3시").
 */
final class LocaleDigits implements QuantityRules {
    /**
     * A run of digits with the separators any locale writes between them; possessive, because a greedy repeated group
     * recurses once per group in java.util.regex and a table set as one sentence ("1 2 3 ...", 10,000 numbers)
     * overflowed the stack.
     */
    private static final Pattern DIGITS = Pattern.compile("\\d++(?:[.,\\u00A0\\u202F\\u2009\\u066B\\u066C ]\\d++)*+");
    /**
     * Digits (read as English writes them) with letters written onto them, no space between: the letters of a script
     * without capitals are a counter ("120곳이"); the Latin, Greek and Cyrillic scripts glue only units and endings
     * to a number ("5km", "2nd", "2025-ben"), which English's rules read already.
     */
    private static final Pattern GLUED = Pattern.compile("(?<![\\d.,])(?<num>\\d{1,3}(?:,\\d{3}){1,6}+|\\d+(?:\\.\\d+)?)"
            + "(?<word>\\p{Lo}[\\p{L}\\p{M}]*)");
    /** A year's field in a date pattern ("y", "yyyy"). */
    private static final Pattern YEAR_FIELD = Pattern.compile("y++");
    /** A run of letters of a script without capitals, as a date pattern writes them after a field ("년", "일"). */
    private static final Pattern GLUED_LETTERS = Pattern.compile("\\p{Lo}+");
    /** A number read as a year by English's rules ({@link QuantityExtractor}): a year is no count. */
    private static final Pattern YEAR = Pattern.compile("1[89]\\d\\d|20\\d\\d");
    /** A number of a year's shape with a word after it, a space between: "2000 háztartás". */
    private static final Pattern YEAR_BEFORE_WORD = Pattern.compile("(?<![\\d.,\\p{L}])(?<num>1[89]\\d\\d|20\\d\\d)"
            + " (?<word>\\p{L}[\\p{L}\\p{M}]*)");
    private static final String SPACES = " \u00A0\u202F\u2009";
    /**
     * The words after a year that make it a time, as a month's name does (CLDR names months, no seasons): Hungarian's
     * seasons and parts of a year as news inflects them ("2000 nyarán", in the summer of 2000; "2000 végén", at its
     * end; "2000 óta", since 2000), written out: a stem would take "nyaraló" (holiday home) and "telep" for dates.
     */
    private static final Map<String, Set<String>> TIME_AFTER_YEAR = Map.of("hu", Set.of("tavasszal", "tavaszán",
            "tavasza", "tavaszáig", "tavaszától", "nyáron", "nyarán", "nyara", "nyaráig", "nyarától", "ősszel", "őszén",
            "ősze", "őszéig", "őszétől", "télen", "telén", "teléig", "telétől", "elején", "elejéig", "elejétől", "végén",
            "végéig", "végétől", "közepén", "közepéig", "óta", "során", "folyamán"));
    /** The month names of a locale the JDK has no data for ("M01" ...): what {@link #readsAsRoot()} compares with. */
    private static final Set<String> ROOT_MONTHS = monthNames(Locale.ROOT);
    /** The rules of each language asked for, all over {@link QuantityExtractor#ENGLISH}, the only rules wrapped. */
    private static final Map<String, QuantityRules> BY_LANGUAGE = new ConcurrentHashMap<>();

    /** A word right after a figure's unit, as {@link #withLinkedNoun} reads it. */
    private static final Pattern NEXT_WORD = Pattern.compile("^\\s+(?<word>[\\p{L}][\\p{L}\\p{M}'’]*)");
    private final QuantityRules english;
    private final String language;
    private final char decimal;
    private final char grouping;
    private final Set<String> months;
    /** The letters the locale's date and time formats write onto their numbers ("년", "월", "일", "시"). */
    private final Set<String> dateLetters;
    /**
     * The locale's dates write a year with a mark right after it ("2000." in Hungarian's "y. MMMM d.", "2000년"), so a
     * number of a year's shape followed by a space and a word is a count ("Mintegy 2000 háztartás"), not a year.
     */
    private final boolean yearsMarked;
    /** The language's words of a thousand, a million, a billion ("тыс.", "млн", "миллиардов"). */
    private final ScaleWords scaleWords;

    private LocaleDigits(QuantityRules english, Locale locale) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
        this.english = english;
        this.language = locale.getLanguage();
        this.decimal = symbols.getDecimalSeparator();
        this.grouping = symbols.getGroupingSeparator();
        this.months = monthNames(locale);
        this.dateLetters = dateLetters(ULocale.forLocale(locale));
        this.yearsMarked = yearsMarked(ULocale.forLocale(locale));
        this.scaleWords = ScaleWords.of(locale);
    }

    /** English's rules over the language's digits and month names; English's rules alone for English. */
    static QuantityRules of(QuantityRules english, String language) {
        if (language == null || language.isBlank()) {
            return english;
        }
        if (language.equals("en")) {
            return english; // English's own month names are English's rules already
        }
        // built once per language: every article, title and claim asks for its language's rules
        return BY_LANGUAGE.computeIfAbsent(language, code -> {
            LocaleDigits read = new LocaleDigits(english, Locale.forLanguageTag(code));
            return read.readsAsRoot() ? english : read;
        });
    }

    @Override
    public List<QuantitySpan> extract(String text, int offset, int sentence) {
        String read = inEnglishDigits(text);
        List<QuantitySpan> found = new ArrayList<>(english.extract(read, offset, sentence).stream()
                .filter(q -> !isDate(q))
                .map(q -> q.text().equals(text.substring(q.start() - offset, q.end() - offset)) ? q : asWritten(q, text, offset))
                .map(q -> withLinkedNoun(q, text, offset))
                .map(q -> scaleWords.scaled(q, text, offset, w -> chain().terms(w).isEmpty()))
                .toList());
        found.addAll(counters(text, read, offset, sentence, found));
        found.addAll(yearShapedCounts(text, read, offset, sentence, found));
        found.sort(Comparator.comparingInt(QuantitySpan::start));
        return found;
    }

    /**
     * The figure with its noun when English's rules took a function word for it: Romanian links a number from twenty
     * up to its noun with "de" ("1.500 de locuitori"), and English's rules, which end a counted phrase at its last
     * plural in -s, keep "de" alone. A unit of one word that the language's term chain drops (Lucene's stop words) is
     * no noun: the word after it is, and the figure's span and unit reach it, so its clause is read after the noun
     * ("au fost evacuați"), as "residents were evacuated" is.
     */
    private QuantitySpan withLinkedNoun(QuantitySpan q, String text, int offset) {
        String unit = q.unit() == null ? "" : q.unit().strip();
        if (unit.isEmpty() || unit.contains(" ") || q.kind() != QuantitySpan.Kind.COUNT || !chain().terms(unit).isEmpty()) {
            return q;
        }
        Matcher next = NEXT_WORD.matcher(text.substring(Math.min(text.length(), q.end() - offset)));
        if (!next.lookingAt() || chain().terms(next.group("word")).isEmpty()) {
            return q;
        }
        int end = q.end() + next.end();
        String noun = next.group("word");
        return new QuantitySpan(q.start(), end, q.sentence(), text.substring(q.start() - offset, end - offset), q.value(),
                q.qualifier(), unit + " " + noun, noun.toLowerCase(Locale.ROOT), q.from(), q.kind());
    }

    private TermChain chain() {
        return TermChains.standard().forLanguage(language);
    }

    /**
     * The numbers with a counter written onto them ("점포 120곳이 불에 탔다": 120, counted by "곳"), which English's
     * rules do not read (no space before the counted word); not a year, nor a number the locale's dates glue their
     * letters to ("2일 밤", the 2nd at night). The counter and what follows it in its word are the unit and the key.
     */
    private List<QuantitySpan> counters(String text, String read, int offset, int sentence, List<QuantitySpan> found) {
        List<QuantitySpan> counted = new ArrayList<>();
        Matcher m = GLUED.matcher(read);
        while (m.find()) {
            int start = offset + m.start();
            boolean taken = found.stream().anyMatch(q -> q.start() <= start && start < q.end());
            String word = m.group("word");
            if (taken || YEAR.matcher(m.group("num")).matches()
                    || dateLetters.stream().anyMatch(word::startsWith)) {
                continue;
            }
            double value = Double.parseDouble(m.group("num").replace(",", ""));
            counted.add(new QuantitySpan(start, offset + m.end(), sentence, text.substring(m.start(), m.end()), value,
                    Qualifier.EXACT, word, word.toLowerCase(Locale.ROOT), value));
        }
        return counted;
    }

    /**
     * The numbers of a year's shape that English's rules took for years, where the locale marks its years
     * ({@link #yearsMarked}) and a word of its own follows ("Mintegy 2000 háztartás maradt áram nélkül": 2,000
     * households): counted by that word, unless it is a month's name or a word the language's term chain drops.
     */
    private List<QuantitySpan> yearShapedCounts(String text, String read, int offset, int sentence,
                                                List<QuantitySpan> found) {
        List<QuantitySpan> counted = new ArrayList<>();
        if (!yearsMarked) {
            return counted;
        }
        Matcher m = YEAR_BEFORE_WORD.matcher(read);
        while (m.find()) {
            int start = offset + m.start();
            String word = m.group("word");
            boolean taken = found.stream().anyMatch(q -> q.start() <= start && start < q.end());
            // a month's name, inflected too ("2000 májusában", in May 2000), or a season's or a part of the year's
            // ("2000 nyarán", in the summer of 2000; "2000 végén", at the end of 2000) makes it a date
            String lower = word.toLowerCase(Locale.ROOT);
            if (taken || months.stream().anyMatch(lower::startsWith) || timeAfterYear(lower) || chain().terms(word).isEmpty()) {
                continue;
            }
            double value = Double.parseDouble(m.group("num"));
            counted.add(new QuantitySpan(start, offset + m.end(), sentence, text.substring(m.start(), m.end()), value,
                    Qualifier.EXACT, word, word.toLowerCase(Locale.ROOT), value));
        }
        return counted;
    }

    /** A word after a year that makes it a time ({@link #TIME_AFTER_YEAR}). */
    private boolean timeAfterYear(String lower) {
        return TIME_AFTER_YEAR.getOrDefault(language, Set.of()).contains(lower);
    }

    @Override
    public String head(String unit) {
        return english.head(unit);
    }

    @Override
    public String harm(String text) {
        return english.harm(text);
    }

    /**
     * The text with each number's separators swapped for English's, character for character, so every offset holds:
     * "2.300,5" becomes "2,300.5" and "8 000" "8,000".
     */
    String inEnglishDigits(String text) {
        StringBuilder out = new StringBuilder(text);
        // every script's decimal digits as ASCII ones first, one character for one ("۱۵" is "15")
        for (int i = 0; i < out.length(); i++) {
            char c = out.charAt(i);
            if (c > 0x7F && Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER) {
                out.setCharAt(i, (char) ('0' + Character.digit(c, 10)));
            }
        }
        Matcher m = DIGITS.matcher(out.toString());
        while (m.find()) {
            String number = m.group();
            for (int i = 0; i < number.length(); i++) {
                char c = number.charAt(i);
                if (c == decimal && number.indexOf(decimal, i + 1) < 0) {
                    out.setCharAt(m.start() + i, '.');
                } else if (isGrouping(c) && groupsThousands(number, i)) {
                    out.setCharAt(m.start() + i, ',');
                }
            }
        }
        return out.toString();
    }

    /** True for a locale the JDK has no data for ("xx"): it writes English's digits and no month names of its own. */
    private boolean readsAsRoot() {
        return decimal == '.' && grouping == ',' && months.equals(ROOT_MONTHS);
    }

    private boolean isGrouping(char c) {
        return c == grouping || SPACES.indexOf(c) >= 0 && SPACES.indexOf(grouping) >= 0;
    }

    /** A grouping mark stands between one to three digits and exactly three. */
    private static boolean groupsThousands(String number, int at) {
        int before = 0;
        for (int i = at - 1; i >= 0 && Character.isDigit(number.charAt(i)); i--) {
            before++;
        }
        int after = 0;
        for (int i = at + 1; i < number.length() && Character.isDigit(number.charAt(i)); i++) {
            after++;
        }
        return before >= 1 && after == 3 && (before <= 3 || at > before);
    }

    private boolean isDate(QuantitySpan quantity) {
        String unit = quantity.unit() == null ? "" : quantity.unit().toLowerCase(Locale.ROOT).strip();
        int space = unit.indexOf(' ');
        return months.contains(space < 0 ? unit : unit.substring(0, space));
    }

    private static QuantitySpan asWritten(QuantitySpan q, String text, int offset) {
        return new QuantitySpan(q.start(), q.end(), q.sentence(), text.substring(q.start() - offset, q.end() - offset),
                q.value(), q.qualifier(), q.unit(), q.key(), q.from(), q.kind());
    }

    /**
     * The letters a locale's date and time formats write right after a number (CLDR's patterns through ICU: Korean
     * "y년 MMMM d일", "a h시 m분"): written onto a number in running text they make it a date or a time, not a count.
     * Letters in quotes and Latin ones are left out: they are words of their own, not glued to the number.
     */
    private static Set<String> dateLetters(ULocale locale) {
        Set<String> letters = new HashSet<>();
        for (int style : new int[] {DateFormat.FULL, DateFormat.LONG, DateFormat.MEDIUM, DateFormat.SHORT}) {
            for (DateFormat format : List.of(DateFormat.getDateInstance(style, locale), DateFormat.getTimeInstance(style, locale))) {
                if (format instanceof SimpleDateFormat simple) {
                    Matcher glued = GLUED_LETTERS.matcher(simple.toPattern().replaceAll("'[^']*'", " "));
                    while (glued.find()) {
                        letters.add(glued.group());
                    }
                }
            }
        }
        return letters;
    }

    /**
     * True when every date format of the locale that writes a year sets a mark right after it, no space: Hungarian's
     * "y. MMMM d.", Korean's "y년 MMMM d일" (CLDR's patterns through ICU); English's "MMMM d, y" does not.
     */
    private static boolean yearsMarked(ULocale locale) {
        boolean any = false;
        for (int style : new int[] {DateFormat.FULL, DateFormat.LONG, DateFormat.MEDIUM, DateFormat.SHORT}) {
            if (DateFormat.getDateInstance(style, locale) instanceof SimpleDateFormat simple) {
                String pattern = simple.toPattern().replaceAll("'[^']*'", "'");
                Matcher year = YEAR_FIELD.matcher(pattern);
                while (year.find()) {
                    any = true;
                    if (year.end() >= pattern.length() || Character.isWhitespace(pattern.charAt(year.end()))
                            || pattern.charAt(year.end()) == ',') {
                        return false;
                    }
                }
            }
        }
        return any;
    }

    /** The month's names as dates write them (Russian "ноября", Czech "prosince") and as they stand alone. */
    private static Set<String> monthNames(Locale locale) {
        Set<String> names = new HashSet<>();
        for (Month month : Month.values()) {
            for (TextStyle style : List.of(TextStyle.FULL, TextStyle.FULL_STANDALONE, TextStyle.SHORT, TextStyle.SHORT_STANDALONE)) {
                String name = month.getDisplayName(style, locale).toLowerCase(locale).replace(".", "");
                if (name.length() > 2 && !name.chars().allMatch(Character::isDigit)) {
                    names.add(name);
                }
            }
        }
        return names;
    }
}
