package dev.storybrief.brief.disagreement;

import dev.storybrief.model.QuantitySpan;
import java.util.regex.Pattern;

/**
 * How news gives a figure of another standing than what happened: a figure given as a forecast, an outlook or what was
 * expected ("raised its full-year revenue forecast ... from $16 billion", "had expected earnings of $1.05") is not
 * what happened, so it does not contradict the reported figure. (Rounding is the figure's own:
 * {@link QuantitySpan#roundedAlike}.)
 */
final class FigureReadings {
    /** Words before a figure in its sentence that make it a forecast, a target or an expectation. */
    private static final Pattern FORECAST = Pattern.compile("(?iu)(?<![\\p{L}])(?:forecasts?|outlook|guidance"
            + "|expect(?:s|ed|ing|ations?)?|projects?|projected|projections?|estimates?|targets?|prevision(?:es|s)?"
            + "|previsto|prevista|pronóstico|prognose|erwartet|attendu|attese?)(?![\\p{L}])");

    private FigureReadings() {
    }

    /**
     * A relative clause right after the figure that gives it as what someone expected: "the $1.45 analysts had
     * expected", "the $1.45 Wall Street had forecast", "$1.45 that analysts expected" (at most a few words of who
     * expected it, then the verb).
     */
    private static final Pattern EXPECTED_AFTER = Pattern.compile("(?iu)^\\s*(?:that\\s+|which\\s+)?(?:[\\p{L}.'’]+\\s+){1,3}?"
            + "(?:had\\s+|have\\s+|has\\s+)?(?:expected|forecast|forecasted|projected|estimated|predicted|anticipated)"
            + "(?![\\p{L}])");

    /**
     * True when a word before the figure in its sentence gives it as a forecast or expectation, or a relative clause
     * right after it gives it as what someone expected ({@code figureEnd} is where the figure ends).
     */
    static boolean forecast(String sentence, int figureStart, int figureEnd) {
        int start = Math.max(0, Math.min(sentence.length(), figureStart));
        int end = Math.max(start, Math.min(sentence.length(), figureEnd));
        return FORECAST.matcher(sentence.substring(0, start)).find()
                || EXPECTED_AFTER.matcher(sentence.substring(end)).find();
    }
}
