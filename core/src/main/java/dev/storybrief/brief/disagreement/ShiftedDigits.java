package dev.storybrief.brief.disagreement;

import dev.storybrief.model.QuantitySpan;
import java.math.BigDecimal;

/**
 * Two figures that are one figure with its decimal point or scale word moved: "8,214" and "82,140", "120.000 euro"
 * and "1,2 milioni", "$2.5 million" and "$25 million". A digit dropped or added, a comma read as a decimal point and
 * a thousand written as a million are the classic slips of copy, and the worst a reader can be left with, so such
 * figures are compared however far apart they lie (the tests of sameness still apply). Both must have at least two
 * significant digits, all of them the same: "2" and "20", or "5" and "500", are as often two things as one slip.
 * One digit suffices for a round figure with a zero dropped or added ({@link #tenfold}: "2,000 litres" and "20,000
 * litres", "40 families" and "400 families"), which then needs more of its sentences to meet.
 */
final class ShiftedDigits {
    /** The largest power of ten a slip is read across: a thousand written as a million. */
    private static final int MAX_SHIFT = 3;
    /** The significant digits a figure needs for its shift to say more than chance. */
    private static final int MIN_DIGITS = 2;

    /**
     * The smallest figure of one significant digit a dropped or added zero is read in: "40" against "400" is a round
     * figure miscopied, "2" against "20" (two dead, twenty injured; two boats, twenty crew) is as often two counts.
     */
    private static final double MIN_TENFOLD = 10;

    /** The significant digits alike that make a shift one figure without other signs from the sentences. */
    private static final int SURE_DIGITS = 3;

    private ShiftedDigits() {
    }

    /** True when the two figures write the same two or more significant digits a power of ten apart. */
    static boolean of(QuantitySpan a, QuantitySpan b) {
        BigDecimal x = digits(a.value());
        BigDecimal y = digits(b.value());
        if (x == null || y == null || x.precision() < MIN_DIGITS || !x.unscaledValue().equals(y.unscaledValue())) {
            return false;
        }
        int shift = Math.abs(x.scale() - y.scale());
        return shift >= 1 && shift <= MAX_SHIFT;
    }

    /**
     * True when the two figures are one round figure of a single significant digit, ten times the other ("2,000" and
     * "20,000", "40" and "400"), the smaller at least {@link #MIN_TENFOLD}: a zero dropped or added in copy. Only ten:
     * "2,000" and "200,000" is no slip of one keystroke.
     */
    static boolean tenfold(QuantitySpan a, QuantitySpan b) {
        BigDecimal x = digits(a.value());
        BigDecimal y = digits(b.value());
        return x != null && y != null && x.precision() == 1 && x.unscaledValue().equals(y.unscaledValue())
                && Math.abs(x.scale() - y.scale()) == 1 && Math.min(a.value(), b.value()) >= MIN_TENFOLD;
    }

    /**
     * True when the two figures write the same three or more significant digits a power of ten apart ("8,214" and
     * "82,140"): so many digits alike are no chance, and the two are one figure whatever else their sentences say.
     */
    static boolean surely(QuantitySpan a, QuantitySpan b) {
        BigDecimal x = digits(a.value());
        return of(a, b) && x.precision() >= SURE_DIGITS;
    }

    /** The figure's significant digits with their scale, or null for no positive finite value. */
    private static BigDecimal digits(double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            return null;
        }
        return new BigDecimal(Double.toString(value)).stripTrailingZeros();
    }
}
