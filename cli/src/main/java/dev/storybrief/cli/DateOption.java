package dev.storybrief.cli;

import dev.storybrief.Storybrief;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The {@code --date [ID=]YYYY-MM-DD} option that several commands share: dates overriding what articles say. */
final class DateOption {
    static final String LABEL = "[ID=]YYYY-MM-DD";
    static final String HELP = "Publication date overriding what the articles say: for all, or for one article id. "
            + "Repeatable.";

    private DateOption() {
    }

    /**
     * The values read: a date for every article, and dates for single article ids (which win over it).
     *
     * @param forAll the date of every article, or null
     * @param byId   dates by article id
     */
    record Given(LocalDate forAll, Map<String, LocalDate> byId) {
        /** The date given the article {@code id}, or null when none is. */
        LocalDate of(String id) {
            return byId.getOrDefault(id, forAll);
        }
    }

    /**
     * Reads every {@code --date} value.
     *
     * @throws IllegalArgumentException naming a value that is no date
     */
    static Given parse(List<String> values) {
        LocalDate forAll = null;
        Map<String, LocalDate> byId = new LinkedHashMap<>();
        for (String value : values) {
            int eq = value.indexOf('=');
            try {
                if (eq < 0) {
                    forAll = LocalDate.parse(value.strip());
                } else {
                    byId.put(value.substring(0, eq).strip(), LocalDate.parse(value.substring(eq + 1).strip()));
                }
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("--date " + value + ": expected YYYY-MM-DD or ID=YYYY-MM-DD");
            }
        }
        return new Given(forAll, byId);
    }

    /** Applies every {@code --date} value to the builder. */
    static void apply(Storybrief.Builder builder, List<String> values) {
        Given given = parse(values);
        if (given.forAll() != null) {
            builder.date(given.forAll());
        }
        given.byId().forEach(builder::date);
    }
}
