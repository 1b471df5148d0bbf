package dev.storybrief.cli;

import dev.storybrief.Storybrief;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/** The {@code --date [ID=]YYYY-MM-DD} option that several commands share: dates overriding what articles say. */
final class DateOption {
    static final String LABEL = "[ID=]YYYY-MM-DD";
    static final String HELP = "Publication date overriding what the articles say: for all, or for one article id. "
            + "Repeatable.";

    private DateOption() {
    }

    /** Applies every {@code --date} value to the builder. */
    static void apply(Storybrief.Builder builder, List<String> values) {
        values.forEach(value -> apply(builder, value));
    }

    private static void apply(Storybrief.Builder builder, String value) {
        int eq = value.indexOf('=');
        try {
            if (eq < 0) {
                builder.date(LocalDate.parse(value.strip()));
            } else {
                builder.date(value.substring(0, eq).strip(), LocalDate.parse(value.substring(eq + 1).strip()));
            }
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--date " + value + ": expected YYYY-MM-DD or ID=YYYY-MM-DD");
        }
    }
}
