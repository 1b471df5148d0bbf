package dev.storybrief.model;

import java.util.Objects;

/**
 * The length a count anchored to an event names, as TimeML writes it: in "one year after he was killed" the TIMEX3 is
 * the duration {@code one year} (P1Y), "after" is a signal and the killing an event; the expression's date (the
 * killing's year counted on) is what a timeline uses, this is what a TIMEX3 annotation shows.
 *
 * @param text  the duration's words, a prefix of the expression ("one year" of "one year after")
 * @param value its TIMEX3 value ("P1Y", "P90D")
 */
public record CountedLength(String text, String value) {
    /** Both parts are required. */
    public CountedLength {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(value, "value");
    }
}
