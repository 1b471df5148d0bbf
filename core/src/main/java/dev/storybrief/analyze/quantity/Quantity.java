package dev.storybrief.analyze.quantity;

/**
 * A number a sentence states about something: "nearly 10,000 NATO bombing runs", "14 people", "$2 million".
 *
 * @param text      the words of the mention as written, qualifier and unit included
 * @param value     the number, with magnitudes applied (2 million = 2,000,000)
 * @param qualifier "nearly", "more than"... or empty
 * @param unit      the counted thing as written ("NATO bombing runs"), or empty for money without a noun
 * @param key       what the number counts, normalised so different outlets' wordings meet ("sortie",
 *                  "people injured", "money cost")
 * @param start     offset of the mention in the sentence
 * @param end       offset after the mention
 */
public record Quantity(String text, double value, String qualifier, String unit, String key, int start, int end) {

    /** True when the stated value is a bound or approximation ("nearly", "more than"). */
    public boolean approximate() {
        return !qualifier.isEmpty();
    }
}
