package dev.storybrief.analyze.time;

import dev.storybrief.wording.SlashedDates;
import java.time.LocalDate;
import java.util.List;

/**
 * The dates relative expressions resolve against.
 *
 * @param articleDate   publication date; deictic words ("yesterday", "last week", weekdays) count from it
 * @param referenceDate the narrative's current date; anaphoric phrases ("the next day") count from it
 * @param named         the calendar dates named in the article's earlier sentences, in text order: what the purely
 *                      anaphoric "the following month" or "the previous Friday" count from when their own sentence
 *                      names no date
 * @param slashes       how the article writes slashed dates ("03/04/2026"), from its signals ({@link SlashedDates})
 */
record Anchor(LocalDate articleDate, LocalDate referenceDate, List<TemporalMention> named, SlashedDates.Order slashes) {

    Anchor(LocalDate articleDate, LocalDate referenceDate) {
        this(articleDate, referenceDate, List.of(), SlashedDates.Order.UNKNOWN);
    }

    boolean isKnown() {
        return articleDate != null;
    }
}
