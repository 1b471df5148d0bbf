package dev.storybrief.analyze.time;

import java.time.LocalDate;

/**
 * The dates relative expressions resolve against.
 *
 * @param articleDate   publication date; deictic words ("yesterday", "last week", weekdays) count from it
 * @param referenceDate the narrative's current date; anaphoric phrases ("the next day") count from it
 */
record Anchor(LocalDate articleDate, LocalDate referenceDate) {

    boolean isKnown() {
        return articleDate != null;
    }
}
