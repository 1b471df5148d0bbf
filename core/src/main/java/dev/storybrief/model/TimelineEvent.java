package dev.storybrief.model;

import java.time.LocalDate;
import java.util.List;

/**
 * One event of the timeline: its date at the precision known, the clause that tells it, the sentence that clause
 * comes from, and every article that reports it.
 *
 * @param date        "YYYY-MM-DD", or "YYYY-MM" / "YYYY" when that is all the texts give
 * @param text        the sentence that best tells the event, verbatim
 * @param description the clause of that sentence that carries the event (the sentence when it has one clause)
 * @param source      id of the article the sentence comes from
 * @param sources     ids of every article that reports the event, the source first
 * @param part        background, the story itself, or a follow-up
 * @param expectedAsOf when every article that reports the event appeared before its date, the latest of their
 *                     dates: the event was announced or expected then, and no article says it happened; else null
 */
public record TimelineEvent(String date, String text, String description, String source, List<String> sources,
                            TimelinePart part, LocalDate expectedAsOf) {

    public TimelineEvent {
        sources = List.copyOf(sources);
    }

    /** An event told by a whole sentence, in the story or (when {@code later}) a follow-up. */
    public TimelineEvent(String date, String text, String source, List<String> sources, boolean later) {
        this(date, text, text, source, sources, later ? TimelinePart.FOLLOW_UP : TimelinePart.STORY, null);
    }

    /** True when the articles only announce or expect the event: all of them appeared before its date. */
    public boolean expected() {
        return expectedAsOf != null;
    }

    /** True when the event comes only from a follow-up article of another period. */
    public boolean later() {
        return part == TimelinePart.FOLLOW_UP;
    }
}
