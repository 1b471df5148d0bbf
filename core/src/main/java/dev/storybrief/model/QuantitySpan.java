package dev.storybrief.model;

import java.util.List;
import java.util.Objects;

/**
 * A number an article states about something: "nearly 10,000 NATO bombing runs", "14 people", "$2 million".
 *
 * @param start     offset of the mention in the article text, qualifier and unit included
 * @param end       offset after the mention
 * @param sentence  index of the sentence holding it
 * @param text      the words of the mention as written
 * @param value     the number, magnitudes applied (2 million = 2,000,000)
 * @param qualifier how the number relates to the true one
 * @param unit      the counted thing as written ("NATO bombing runs"), or empty for money without a noun
 * @param key       what the number counts, normalised so different outlets' wordings meet ("sortie",
 *                  "people injured", "money cost")
 * @param from      the low end of a {@link Qualifier#RANGE} ("between 40 and 60 people": 40, with {@code value} 60);
 *                  for any other statement the value itself
 */
public record QuantitySpan(int start, int end, int sentence, String text, double value, Qualifier qualifier,
                           String unit, String key, double from) {

    /** Validates the extent and required fields. */
    public QuantitySpan {
        Spans.check(start, end, text);
        Objects.requireNonNull(qualifier, "qualifier");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(key, "key");
        if (qualifier != Qualifier.RANGE) {
            from = value;
        } else if (from > value) {
            throw new IllegalArgumentException("a range's low end " + from + " is above its high end " + value);
        }
    }

    /** A statement of one figure, not a range. */
    public QuantitySpan(int start, int end, int sentence, String text, double value, Qualifier qualifier,
                        String unit, String key) {
        this(start, end, sentence, text, value, qualifier, unit, key, value);
    }

    /** The same statement counted in another measure: {@code factor} times the value (and range) under {@code key}. */
    public QuantitySpan scaled(double factor, String key) {
        return new QuantitySpan(start, end, sentence, text, value * factor, qualifier, unit, key, from * factor);
    }

    /** The lowest true value the statement allows. */
    public double low() {
        return qualifier == Qualifier.RANGE ? from : qualifier.low(value);
    }

    /** The highest true value the statement allows. */
    public double high() {
        return qualifier.high(value);
    }

    /** True when the two statements can both be true. */
    public boolean agreesWith(QuantitySpan other) {
        return low() <= other.high() && other.low() <= high();
    }

    /**
     * True when this statement gives the other's figure, so an outlet saying it backs the other: the same number
     * however qualified ("at least 14" and "14"), or a range within the other's ("14" for "at least 12"). Two figures
     * that merely can both be true do not: "more than 300" does not give "about 500".
     */
    public boolean confirms(QuantitySpan other) {
        return value == other.value || (other.low() <= low() && high() <= other.high());
    }

    /**
     * True when {@code theirs} count something {@code mine} count too but give none of its figures ("31 people
     * killed" against "at least 41 people killed"): the two statements tell the count differently, so the one
     * does not back the other.
     */
    public static boolean givesAnotherFigure(List<QuantitySpan> mine, List<QuantitySpan> theirs) {
        for (QuantitySpan q : mine) {
            boolean sameKind = false;
            boolean gives = false;
            for (QuantitySpan t : theirs) {
                if (t.key().equals(q.key())) {
                    sameKind = true;
                    gives |= t.confirms(q);
                }
            }
            if (sameKind && !gives) {
                return true;
            }
        }
        return false;
    }
}
