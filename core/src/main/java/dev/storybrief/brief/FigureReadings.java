package dev.storybrief.brief;

import dev.storybrief.model.QuantitySpan;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How news writes a figure, for telling two figures that differ from one figure written twice or two figures of
 * different standing. A figure is written at a precision: "$4.2 billion" is "$4.19 billion" rounded to the hundred
 * million it is written to, and "53%" is 52.6% or 52.4% rounded to the whole number (outlets round up and down), so a
 * figure within one step of its last written digit from the other is the same figure. And a figure given as a
 * forecast, an outlook or what was expected ("raised its full-year revenue forecast ... from $16 billion", "had
 * expected earnings of $1.05") is not what happened: it does not contradict the reported figure.
 */
final class FigureReadings {
    private static final Pattern NUMBER = Pattern.compile("\\d[\\d,]*(?:\\.(\\d+))?");
    /** Words before a figure in its sentence that make it a forecast, a target or an expectation. */
    private static final Pattern FORECAST = Pattern.compile("(?iu)(?<![\\p{L}])(?:forecasts?|outlook|guidance"
            + "|expect(?:s|ed|ing|ations?)?|projects?|projected|projections?|estimates?|targets?|prevision(?:es|s)?"
            + "|previsto|prevista|pronóstico|prognose|erwartet|attendu|attese?)(?![\\p{L}])");

    private FigureReadings() {
    }

    /** True when the coarser of the two, read at the precision it is written in, could be the other rounded. */
    static boolean roundedAlike(QuantitySpan a, QuantitySpan b) {
        double stepA = step(a);
        double stepB = step(b);
        if (Double.isNaN(stepA) || Double.isNaN(stepB)) {
            return false;
        }
        return Math.abs(a.value() - b.value()) < Math.max(stepA, stepB) * 0.999;
    }

    /** The value of one unit of the last digit the figure is written with; NaN when written in words. */
    private static double step(QuantitySpan q) {
        Matcher m = NUMBER.matcher(q.text());
        if (!m.find()) {
            return Double.NaN;
        }
        double written = Double.parseDouble(m.group().replace(",", ""));
        if (written == 0) {
            return Double.NaN;
        }
        int decimals = m.group(1) == null ? 0 : m.group(1).length();
        return q.value() / written * Math.pow(10, -decimals);
    }

    /** True when a word before the figure in its sentence gives it as a forecast or expectation. */
    static boolean forecast(String sentence, int figureStart) {
        return FORECAST.matcher(sentence.substring(0, Math.max(0, Math.min(sentence.length(), figureStart)))).find();
    }
}
