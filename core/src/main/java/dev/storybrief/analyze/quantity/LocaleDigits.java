package dev.storybrief.analyze.quantity;

import dev.storybrief.model.QuantitySpan;
import java.text.DecimalFormatSymbols;
import java.time.Month;
import java.time.format.TextStyle;
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
 * language's month names is a date ("24 ноября", "2 दिसंबर"), not a count.
 */
final class LocaleDigits implements QuantityRules {
    /** A run of digits with the separators any locale writes between them. */
    private static final Pattern DIGITS = Pattern.compile("\\d+(?:[.,\\u00A0\\u202F\\u2009 ]\\d+)*");
    private static final String SPACES = " \u00A0\u202F\u2009";
    /** The month names of a locale the JDK has no data for ("M01" ...): what {@link #readsAsRoot()} compares with. */
    private static final Set<String> ROOT_MONTHS = monthNames(Locale.ROOT);
    /** The rules of each language asked for, all over {@link QuantityExtractor#ENGLISH}, the only rules wrapped. */
    private static final Map<String, QuantityRules> BY_LANGUAGE = new ConcurrentHashMap<>();

    private final QuantityRules english;
    private final char decimal;
    private final char grouping;
    private final Set<String> months;

    private LocaleDigits(QuantityRules english, Locale locale) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
        this.english = english;
        this.decimal = symbols.getDecimalSeparator();
        this.grouping = symbols.getGroupingSeparator();
        this.months = monthNames(locale);
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
        return english.extract(read, offset, sentence).stream()
                .filter(q -> !isDate(q))
                .map(q -> q.text().equals(text.substring(q.start() - offset, q.end() - offset)) ? q : asWritten(q, text, offset))
                .toList();
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
        Matcher m = DIGITS.matcher(text);
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
