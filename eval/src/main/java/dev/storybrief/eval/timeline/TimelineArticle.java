package dev.storybrief.eval.timeline;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One dated source article of a timeline collection.
 *
 * @param id   the article's id in the data set
 * @param date its publication date
 * @param text its text (Timeline17: one sentence a line)
 */
public record TimelineArticle(String id, LocalDate date, String text) {

    /** Validates required fields. */
    public TimelineArticle {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(text, "text");
    }
}
