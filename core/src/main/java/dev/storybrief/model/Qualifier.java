package dev.storybrief.model;

/**
 * How a stated number relates to the true one ("nearly 10,000", "more than 26,000"): the range of values a
 * statement allows, so that "at least 12" and "14" agree while "nearly 10,000" and "more than 26,000" do not.
 */
public enum Qualifier {
    /** A plain number: exactly that. */
    EXACT(1, 1),
    /** "nearly", "almost", "just under": a little less, at most the number. */
    NEARLY(0.8, 1),
    /** "about", "around", "roughly", "some": within about 15%. */
    ABOUT(0.85, 1.15),
    /** "under", "less than", "up to": anything up to the number. */
    AT_MOST(0, 1),
    /** "more than", "over", "at least", "as many as": the number or more. */
    AT_LEAST(1, Double.POSITIVE_INFINITY),
    /**
     * "between 40 and 60": anything from the low end to the number, both given; the low end is the quantity's own
     * ({@link QuantitySpan#from()}), so on its own this qualifier allows only the number.
     */
    RANGE(1, 1);

    private final double low;
    private final double high;

    Qualifier(double low, double high) {
        this.low = low;
        this.high = high;
    }

    /** The lowest true value a statement of {@code value} allows. */
    public double low(double value) {
        return value * low;
    }

    /** The highest true value a statement of {@code value} allows. */
    public double high(double value) {
        return high == Double.POSITIVE_INFINITY ? Double.MAX_VALUE : value * high;
    }

    /** True unless the number is stated plainly. */
    public boolean approximate() {
        return this != EXACT;
    }
}
