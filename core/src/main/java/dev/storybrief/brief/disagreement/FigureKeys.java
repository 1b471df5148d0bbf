package dev.storybrief.brief.disagreement;

import dev.storybrief.analyze.quantity.Measures;
import java.util.Set;

/**
 * The keys of figures that the disagreement search treats by what they measure: units that name no thing, words
 * that count nothing of their own, and the keys of crowds, percentages, ages and speeds.
 */
final class FigureKeys {
    /**
     * Units of measure and time: different trips and periods share them, so they say nothing alike on their own key.
     * Lengths are compared all the same, converted to {@link Measures#DISTANCE}: the sentence tests decide whether two
     * distances measure the same stretch.
     */
    private static final Set<String> MEASURES = Set.of("dai", "day", "week", "month", "year", "hour", "minut", "second",
            "mile", "kilomet", "kilometr", "meter", "metr", "feet", "foot", "inch", "mph", "kph", "km", "gmt", "edt",
            "est", "degre", "percent", "cent", "time", "season", "decad", "centuri", "other", "tenth", "career", "point");
    /**
     * Counted words that name no thing of their own: "180,000 units" of a recall counts the product its sentence
     * names. English stems, as the extractor keys them.
     */
    static final Set<String> GENERIC_COUNTS = Set.of("unit", "item");
    /**
     * An event has one crowd, and outlets word it each their own way ("in front of 7,316 fans", "A crowd of more
     * than 9,000 saw"): no word beside the figures need match, only the sentences.
     */
    static final String CROWD = "crowd";
    /** The start of the key of a percentage, which names what it is a share of ("percent vote"). */
    static final String PERCENT = "percent ";
    /** The key of a person's age; a birth year is read as one ({@link dev.storybrief.model.QuantitySpan#asAgeOn}). */
    static final String AGE = "age";
    /** The start of the key of a speed, which names what moved and the unit ("speed gust mph"). */
    static final String SPEED = "speed ";

    private FigureKeys() {
    }

    /**
     * True for the key of a percentage a thing changed by ("Shares fell 6.2%": "percent share down"): its verb is the
     * change itself, not a count's update to a new value.
     */
    static boolean isChange(String key) {
        return key.startsWith(PERCENT) && (key.endsWith(dev.storybrief.analyze.quantity.QuantityExtractor.FALL)
                || key.endsWith(dev.storybrief.analyze.quantity.QuantityExtractor.RISE));
    }

    /** True for a key of a unit of measure or time ("year", "percent", "km"), which says nothing alike on its own. */
    static boolean isMeasure(String key) {
        return MEASURES.contains(key);
    }
}
