package dev.storybrief.eval.rouge;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Rounding to 5 decimals exactly like Perl's {@code sprintf("%7.5f", x)}, which uses C printf:
 * the exact binary value of the double is rounded, ties go to even.
 *
 * <p>{@code String.format("%.5f")} is not used because it rounds half-up on the shortest decimal
 * representation (21/64 = 0.328125 gives 0.32813 there, Perl prints 0.32812).
 */
public final class PerlRounding {
    private static final double SCALE = 100_000.0;
    /** Distance from a tie (in units of 1e-5) below which the exact BigDecimal path decides. */
    private static final double TIE_MARGIN = 1e-6;

    private PerlRounding() {
    }

    /** Returns the decimal that {@code sprintf("%.5f", x)} prints, as a BigDecimal with scale 5. */
    public static BigDecimal toDecimal5(double x) {
        requireFinite(x);
        return new BigDecimal(x).setScale(5, RoundingMode.HALF_EVEN);
    }

    /** Returns the text {@code sprintf("%.5f", x)} prints, for example {@code 0.32812}. */
    public static String format5(double x) {
        return toDecimal5(x).toPlainString();
    }

    /**
     * Returns the double Perl gets back when it reads the printed 5-decimal string as a number.
     * Far from a tie a scaled floor decides; close to one the exact decimal expansion does.
     */
    public static double round5(double x) {
        requireFinite(x);
        double scaled = x * SCALE;
        if (Math.abs(scaled) < 1e12) {
            double floor = Math.floor(scaled);
            double fraction = scaled - floor;
            if (Math.abs(fraction - 0.5) > TIE_MARGIN) {
                double units = fraction < 0.5 ? floor : floor + 1.0;
                // units is an integer below 2^53, so this division is the correctly rounded k / 1e5.
                return units / SCALE;
            }
        }
        return Double.parseDouble(format5(x));
    }

    private static void requireFinite(double x) {
        if (!Double.isFinite(x)) {
            throw new IllegalArgumentException("cannot round a non-finite value: " + x);
        }
    }
}
