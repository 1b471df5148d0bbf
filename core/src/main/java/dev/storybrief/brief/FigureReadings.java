package dev.storybrief.brief;

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

    /** True when a word before the figure in its sentence gives it as a forecast or expectation. */
    static boolean forecast(String sentence, int figureStart) {
        return FORECAST.matcher(sentence.substring(0, Math.max(0, Math.min(sentence.length(), figureStart)))).find();
    }
}
