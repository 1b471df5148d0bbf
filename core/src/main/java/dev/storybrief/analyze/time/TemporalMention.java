package dev.storybrief.analyze.time;

import dev.storybrief.model.Granularity;
import java.util.Objects;

/**
 * One temporal expression found in a sentence.
 *
 * <p>{@code start}/{@code end} are character offsets into the sentence (end exclusive) and {@code text} is exactly that
 * substring. Extents follow the TimeML TIMEX3 habit: a governing preposition is left out ("on Monday" gives
 * {@code Monday}), modifiers that change the value are kept ({@code last Friday}, {@code the end of October},
 * {@code earlier this year}).
 *
 * @param value       {@code YYYY-MM-DD} (DAY, and WEEK where it names the week's Monday), {@code YYYY-MM} (MONTH) or
 *                    {@code YYYY} (YEAR); {@code null} when the expression needs an anchor date that was not given
 * @param granularity how precise {@code value} is
 * @param relative    true when the value depends on the article or reference date: deictic words ("yesterday",
 *                    "last week"), weekdays, anaphoric phrases ("the next day") and dates written without a year
 */
public record TemporalMention(int start, int end, String text, String value, Granularity granularity,
                              boolean relative) {

    /** Validates offsets and required fields. */
    public TemporalMention {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(granularity, "granularity");
        if (start < 0 || end <= start || end - start != text.length()) {
            throw new IllegalArgumentException("bad mention extent [" + start + ", " + end + ") for '" + text + "'");
        }
    }

    /** True when a calendar value could be computed. */
    public boolean isResolved() {
        return value != null;
    }
}
