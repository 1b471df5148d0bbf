package dev.storybrief.analyze.quantity;

import com.ibm.icu.number.Notation;
import com.ibm.icu.number.NumberFormatter;
import com.ibm.icu.number.Precision;
import com.ibm.icu.util.ULocale;
import dev.storybrief.model.QuantitySpan;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words a language scales a figure with ("62 млрд рублей", "58 миллиардов рублей", "1,2 milyar lira", "3 juta
 * orang"), for the languages read by English's rules over their own digits ({@link LocaleDigits}). English's rules know
 * only "million" and "billion": they read "62 млрд рублей" as 62 of a thing called "млрд", and "58 миллиардов рублей"
 * as 58 of another ("миллиардов"), so two outlets' budgets never met. The words are the locale's own, as CLDR's compact
 * number forms write them, long and short, in every form a count gives them ("миллиард", "миллиарда", "миллиардов",
 * "млрд"); the scaled figure counts the noun after the scale word ("рублей"), as "62 billion rubles" counts rubles.
 */
public final class ScaleWords {
    /** The magnitudes CLDR names in words. */
    private static final double[] MAGNITUDES = {1e3, 1e6, 1e9, 1e12};
    /** Counts before a scale word that take each of its plural forms (one, few, many; a fraction: "1,5 миллиарда"). */
    private static final double[] COUNTS = {1, 2, 5, 21, 1.5};
    /** A scale word shorter than this ("K", Turkish's "B" for "bin") is too often a letter of something else. */
    private static final int MIN_LETTERS = 2;
    /**
     * The longest word after a scale word that a stop list may make a function word ("на", "для"): the stop lists hold
     * longer nouns too (Lucene's Russian list holds "человек", people, which "2 миллиона человек" counts).
     */
    private static final int FUNCTION_LETTERS = 3;
    /** A figure's unit as English's rules read it: its first word, and a full stop after it ("тыс."). */
    private static final Pattern FIRST_WORD = Pattern.compile("^\\s*(?<word>[\\p{L}\\p{M}]+)(?<dot>\\.)?");
    /** The noun after a scale word. */
    private static final Pattern NEXT_WORD = Pattern.compile("^\\.?\\s+(?<word>[\\p{L}][\\p{L}\\p{M}'’-]*)");

    private final Map<String, Double> scales;

    private ScaleWords(Map<String, Double> scales) {
        this.scales = scales;
    }

    /** The scale words of a locale, read from CLDR's compact forms; none where CLDR writes figures in digits only. */
    public static ScaleWords of(Locale locale) {
        Map<String, Double> scales = new HashMap<>();
        ULocale uLocale = ULocale.forLocale(locale);
        for (Notation notation : new Notation[] {Notation.compactLong(), Notation.compactShort()}) {
            var format = NumberFormatter.withLocale(uLocale).notation(notation).precision(Precision.maxFraction(1));
            for (double magnitude : MAGNITUDES) {
                for (double count : COUNTS) {
                    String word = format.format(count * magnitude).toString()
                            .replaceAll("[\\d\\p{Nd}.,\\s\\u00a0\\u202f\\u2009'’]+", " ").strip().toLowerCase(locale);
                    if (word.codePointCount(0, word.length()) >= MIN_LETTERS && !word.contains(" ")
                            && word.chars().allMatch(Character::isLetter)) {
                        scales.putIfAbsent(word, magnitude);
                    }
                }
            }
        }
        return new ScaleWords(Map.copyOf(scales));
    }

    /** The scale words, lower case, every form and abbreviation ("тыс", "млн", "миллиона", "миллиардов"). */
    public Set<String> words() {
        return scales.keySet();
    }

    /**
     * The figure scaled when its unit opens with a scale word: "62 млрд рублей" is 62e9, unit "млрд рублей", counting
     * "рублей" (the span reaches the noun when English's rules stopped at the scale word's full stop: "62 тыс.
     * рублей"); the figure as it was otherwise. A short word after the scale word that {@code functionWord} tells is
     * the language's function word ("62 млрд на ремонт", for the repair) is no noun.
     */
    QuantitySpan scaled(QuantitySpan q, String text, int offset, Predicate<String> functionWord) {
        String unit = q.unit() == null ? "" : q.unit();
        Matcher first = FIRST_WORD.matcher(unit);
        if (scales.isEmpty() || q.kind() != QuantitySpan.Kind.COUNT || !first.find()) {
            return q;
        }
        String scaleWord = first.group("word");
        Double magnitude = scales.get(scaleWord.toLowerCase(Locale.ROOT));
        if (magnitude == null) {
            return q;
        }
        String rest = unit.substring(first.end("word")).strip();
        int end = q.end();
        String noun = rest.isEmpty() ? null : rest.split("\\s+")[0];
        if (noun == null) {
            // English's rules end a unit at a full stop: the noun may follow the scale word's abbreviation ("тыс. рублей")
            Matcher next = NEXT_WORD.matcher(text.substring(Math.min(text.length(), end - offset)));
            if (next.find()) {
                noun = next.group("word");
                end += next.end();
            }
        }
        if (noun != null && noun.length() <= FUNCTION_LETTERS && functionWord.test(noun)) {
            // "62 млрд на ремонт дорог": a preposition after the scale word, no noun; the scale is the unit
            noun = null;
            rest = "";
            end = q.end();
        }
        String key = noun == null ? scaleWord.toLowerCase(Locale.ROOT) : noun.toLowerCase(Locale.ROOT);
        String scaledUnit = noun == null ? scaleWord : rest.isEmpty() ? scaleWord + " " + noun : unit.strip();
        return new QuantitySpan(q.start(), end, q.sentence(), text.substring(q.start() - offset, end - offset),
                q.value() * magnitude, q.qualifier(), scaledUnit, key, q.from() * magnitude, q.kind());
    }
}
