package dev.storybrief.analyze.quantity;

import dev.storybrief.model.QuantitySpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a figure measures beyond its key: the length a distance stands for, whatever unit it is written in ("8 km",
 * "11 miles"), and the currency of an amount ("£2 million", "$2.5 million"). Two distances compare once both are in
 * metres; two amounts in different currencies do not compare at all, since no exchange rate is known offline. A
 * figure followed by its conversion in parentheses ("15 km (9 miles)", "£2m ($2.5m)") is one statement, written
 * twice for readers used to the other unit.
 */
public final class Measures {
    /** The key under which distances of every unit meet, in metres. */
    public static final String DISTANCE = "distance";
    /**
     * Metres per unit, by the keys the quantity rules give lengths: English's stems ("kilometr", "kilomet", "km",
     * "mile", "metr", "meter", "feet", "foot", "yard") and the other languages' measure keys ("kilomet", "meter").
     */
    private static final Map<String, Double> METRES = Map.ofEntries(Map.entry("km", 1000.0),
            Map.entry("kilomet", 1000.0), Map.entry("kilometr", 1000.0), Map.entry("mile", 1609.344),
            Map.entry("metr", 1.0), Map.entry("meter", 1.0), Map.entry("feet", 0.3048), Map.entry("foot", 0.3048),
            Map.entry("yard", 0.9144));
    private static final double NAUTICAL_MILE = 1852;
    /** A currency sign with an optional country prefix ("US$", "A$", "HK$"), or a currency named in words. */
    private static final Pattern CURRENCY = Pattern.compile("(?i)(?<prefix>\\b[A-Z]{1,2})?(?<sign>[$€£¥])"
            + "|\\b(?<word>dollars?|dlrs|euros?|pounds?|sterling|yen|yuan|rubles?|roubles?|francs?|rupees?|pesos?"
            + "|shekels?|dinars?|dirhams?|liras?|lira|reals|rand|baht|ringgit|won|dólares|dólar|libras|yenes|rubel"
            + "|franken|pfund|sterline|dollari|dollaro|franchi|rubli)\\b|(?-i:\\b(?<code>USD|GBP|EUR|CHF|JPY|CNY)\\b)");
    private static final Pattern OPENS_CONVERSION = Pattern.compile("\\s*\\(\\s*(?:or\\s+|about\\s+|some\\s+)?");
    private static final Pattern CLOSES_CONVERSION = Pattern.compile("^\\s*\\)");

    private Measures() {
    }

    /** Metres per unit of a quantity key that names a length ("mile": 1609.344); empty for any other key. */
    public static OptionalDouble metres(QuantitySpan q) {
        Double perUnit = METRES.get(q.key());
        if (perUnit == null) {
            return OptionalDouble.empty();
        }
        boolean nautical = q.key().equals("mile") && q.unit().toLowerCase(Locale.ROOT).contains("nautical");
        return OptionalDouble.of(nautical ? NAUTICAL_MILE : perUnit);
    }

    /**
     * The currency an amount is stated in, named one way for all its signs and words ("$" and "dollars": "dollar";
     * "£" and "sterling": "pound"); empty when the figure names none.
     */
    public static Optional<String> currency(QuantitySpan q) {
        Matcher m = CURRENCY.matcher(q.text());
        if (!m.find()) {
            return Optional.empty();
        }
        if (m.group("sign") != null) {
            String prefix = m.group("prefix") == null || m.group("prefix").equalsIgnoreCase("US") ? ""
                    : m.group("prefix").toUpperCase(Locale.ROOT) + " ";
            return Optional.of(switch (m.group("sign")) {
                case "$" -> prefix + "dollar";
                case "€" -> "euro";
                case "£" -> "pound";
                default -> "yen";
            });
        }
        if (m.group("code") != null) {
            return Optional.of(switch (m.group("code")) {
                case "USD" -> "dollar";
                case "GBP" -> "pound";
                case "EUR" -> "euro";
                case "CHF" -> "franc";
                case "JPY" -> "yen";
                default -> "yuan";
            });
        }
        String word = m.group("word").toLowerCase(Locale.ROOT);
        return Optional.of(switch (word) {
            case "dlrs", "dólares", "dólar", "dollari", "dollaro" -> "dollar";
            case "sterling", "libras", "pfund", "sterline" -> "pound";
            case "yenes" -> "yen";
            case "rubel", "rubli", "roubles", "rouble" -> "ruble";
            case "franken", "franchi" -> "franc";
            default -> word.endsWith("s") && !word.equals("reals") ? word.substring(0, word.length() - 1) : word;
        });
    }

    /**
     * True unless both amounts name their currency and the currencies differ: "£2 million" and "$2.5 million" may
     * be the same sum, and without an exchange rate nothing can say they are not.
     */
    public static boolean sameCurrency(QuantitySpan a, QuantitySpan b) {
        Optional<String> ca = currency(a);
        Optional<String> cb = currency(b);
        return ca.isEmpty() || cb.isEmpty() || ca.get().equals(cb.get());
    }

    /**
     * The quantities of one sentence without the conversions a writer put in parentheses right after a figure of the
     * same measure ("15 km (9 miles)", "£2m ($2.5m)"): the figure in brackets restates the one before it.
     *
     * @param quantities the sentence's quantities, left to right
     * @param sentence   the sentence's text
     * @param offset     where the sentence starts in its document (the quantities' offsets count from there)
     */
    public static List<QuantitySpan> withoutConversions(List<QuantitySpan> quantities, String sentence, int offset) {
        List<QuantitySpan> kept = new ArrayList<>();
        QuantitySpan previous = null;
        for (QuantitySpan q : quantities) {
            if (previous != null && isConversionOf(q, previous, sentence, offset)) {
                continue;
            }
            kept.add(q);
            previous = q;
        }
        return kept;
    }

    private static boolean isConversionOf(QuantitySpan q, QuantitySpan figure, String sentence, int offset) {
        int between = figure.end() - offset;
        int start = q.start() - offset;
        int end = q.end() - offset;
        if (between < 0 || start < between || end > sentence.length()) {
            return false;
        }
        boolean bracketed = OPENS_CONVERSION.matcher(sentence.substring(between, start)).matches()
                && CLOSES_CONVERSION.matcher(sentence.substring(end)).find();
        boolean sameMeasure = metres(q).isPresent() && metres(figure).isPresent()
                || q.key().startsWith("money") && figure.key().startsWith("money");
        return bracketed && sameMeasure;
    }
}
