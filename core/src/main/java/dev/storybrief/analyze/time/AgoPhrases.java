package dev.storybrief.analyze.time;

import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.text.RelativeDateTimeFormatter;
import com.ibm.icu.text.RelativeDateTimeFormatter.Direction;
import com.ibm.icu.text.RelativeDateTimeFormatter.RelativeUnit;
import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import dev.storybrief.model.Granularity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A count of days, weeks, months or years back from the article's day, in the words CLDR writes them
 * with (ICU's {@link RelativeDateTimeFormatter}): "hace 3 días", "il y a 3 jours", "vor 3 Tagen", "3 dni temu",
 * "πριν από 3 ημέρες", "acum 21 de zile". News spells small counts out ("hace
 * tres días", "vor drei Tagen", "il y a deux jours"), so the count is digits or a word ICU's spell-out rules write
 * for it in any of the language's genders and cases ("três", "drei", "einem", "τρεις"). The value is the day, week,
 * month or year so many units before the article's date, as English's "three days ago" ({@link DeicticRule}).
 * CLDR's words for "in three days" are left out: Turkish "3 gün sonra" and Russian "через три дня" as often count from
 * an event the sentence names ("three days later") as from the writing.
 */
final class AgoPhrases {
    /** The counts whose phrases are gathered: enough for every plural form CLDR gives (one, few, many, other). */
    private static final int FORMS_UP_TO = 30;
    /** The highest count read spelled out: news writes larger ones in digits. */
    private static final int SPELLED_UP_TO = 20;
    private static final Map<RelativeUnit, Granularity> UNITS = Map.of(RelativeUnit.DAYS, Granularity.DAY,
            RelativeUnit.WEEKS, Granularity.WEEK, RelativeUnit.MONTHS, Granularity.MONTH,
            RelativeUnit.YEARS, Granularity.YEAR);

    /** Counts a language writes before a noun in a form of their own, which ICU's spell-out lacks: Hungarian "két". */
    private static final Map<String, Map<String, Integer>> ATTRIBUTIVE = Map.of("hu", Map.of("két", 2));

    /** One phrase shape: its pattern (group "n" the count) and its unit. */
    private record Shape(Pattern pattern, Granularity unit) {
    }

    /**
     * Turkish "önce" is also "before": after a noun in the ablative ("depremden 3 gün önce", three days before the
     * earthquake) the count runs back from that event, not from the writing ("bundan", from this, is the writing).
     */
    private static final Pattern TURKISH_ABLATIVE = Pattern.compile(
            "(?iu)(?<![\\p{L}])(?!bundan)\\p{L}+['’]?[dt][ae]n\\s+$");
    private static final Pattern NEVER = Pattern.compile("(?!)");

    private final List<Shape> shapes;
    private final Map<String, Integer> spelled;
    /** What, right before a count, makes it run from an event the sentence names ({@link #TURKISH_ABLATIVE}). */
    private final Pattern countedFrom;

    private AgoPhrases(List<Shape> shapes, Map<String, Integer> spelled, Pattern countedFrom) {
        this.shapes = shapes;
        this.spelled = spelled;
        this.countedFrom = countedFrom;
    }

    /** The phrases of a language as CLDR writes them (none for a language CLDR lacks). */
    static AgoPhrases of(String language) {
        ULocale locale = new ULocale(language);
        // digits as the phrase is matched with: the count is found in the formatted phrase by its Latin digits
        RelativeDateTimeFormatter format = RelativeDateTimeFormatter.getInstance(locale,
                NumberFormat.getIntegerInstance(ULocale.ROOT));
        Map<String, Integer> spelled = spelledCounts(locale);
        String count = "(?<n>\\d{1,3}" + spelled.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(w -> "|" + Pattern.quote(w).replace(" ", "\\E\\s+\\Q")).collect(Collectors.joining()) + ")";
        Map<String, Shape> shapes = new LinkedHashMap<>();
        for (Map.Entry<RelativeUnit, Granularity> unit : UNITS.entrySet()) {
            for (int n = 1; n <= FORMS_UP_TO; n++) {
                String phrase = format.format(n, Direction.LAST, unit.getKey());
                Matcher digits = Pattern.compile("(?<!\\d)" + n + "(?!\\d)").matcher(phrase);
                if (!digits.find()) {
                    continue; // "yesterday" for one day back in some locales: the relative days read those
                }
                String shape = literal(phrase.substring(0, digits.start())) + count
                        + literal(phrase.substring(digits.end()));
                shapes.computeIfAbsent(shape, s -> new Shape(Pattern.compile("(?<![\\p{L}\\d])" + s
                        + "(?![\\p{L}\\d])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), unit.getValue()));
            }
        }
        return new AgoPhrases(List.copyOf(shapes.values()), spelled, "tr".equals(language) ? TURKISH_ABLATIVE : NEVER);
    }

    /** The counts found in a sentence, valued against {@code published} (null values without it). */
    List<TemporalMention> find(String sentence, LocalDate published) {
        List<TemporalMention> found = new ArrayList<>();
        for (Shape shape : shapes) {
            Matcher m = shape.pattern().matcher(sentence);
            while (m.find()) {
                Integer n = count(m.group("n"));
                if (n == null || countedFrom.matcher(sentence.substring(0, m.start())).find()) {
                    continue;
                }
                String value = published == null ? null
                        : CalendarValues.render(CalendarValues.shift(published, shape.unit(), -n),
                        shape.unit());
                found.add(new TemporalMention(m.start(), m.end(), m.group(), value, shape.unit(), true));
            }
        }
        return found;
    }

    private Integer count(String written) {
        if (written.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(written);
        }
        return spelled.get(written.toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
    }

    /** A literal piece of a phrase as a pattern: any run of spaces (CLDR writes no-break ones too) as any spaces. */
    private static String literal(String piece) {
        StringBuilder out = new StringBuilder();
        Matcher spaces = SPACES.matcher(piece);
        int from = 0;
        while (spaces.find()) {
            if (spaces.start() > from) {
                out.append(Pattern.quote(piece.substring(from, spaces.start())));
            }
            out.append("\\s+");
            from = spaces.end();
        }
        if (from < piece.length()) {
            out.append(Pattern.quote(piece.substring(from)));
        }
        return out.toString();
    }

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0\\u202f]+");

    /** Every word ICU spells the counts up to {@link #SPELLED_UP_TO} with, in each gender and case, lower case. */
    private static Map<String, Integer> spelledCounts(ULocale locale) {
        Map<String, Integer> words = new LinkedHashMap<>();
        RuleBasedNumberFormat spell = new RuleBasedNumberFormat(locale, RuleBasedNumberFormat.SPELLOUT);
        for (String rules : spell.getRuleSetNames()) {
            if (!rules.startsWith("%spellout-cardinal")) {
                continue;
            }
            for (int n = 1; n <= SPELLED_UP_TO; n++) {
                String word = spell.format(n, rules).toLowerCase(Locale.ROOT).replaceAll("[\\s\\u00a0]+", " ").strip();
                if (!word.isEmpty() && word.chars().noneMatch(Character::isDigit)) {
                    words.putIfAbsent(word, n);
                }
            }
        }
        // "uno" loses its vowel before a noun ("hace un año", "un anno fa"), as the spell-out, which counts alone,
        // never writes it
        if (words.containsKey("uno")) {
            words.putIfAbsent("un", 1);
        }
        ATTRIBUTIVE.getOrDefault(locale.getLanguage(), Map.of()).forEach(words::putIfAbsent);
        return words;
    }
}
