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
 * @param otherFigures the other sides of a number disagreement over the event: outlets that tell it with another
 *                     figure than the row shows, each figure with its articles (none when no outlet disputes it)
 */
public record TimelineEvent(String date, String text, String description, String source, List<String> sources,
                            TimelinePart part, LocalDate expectedAsOf, List<OtherFigure> otherFigures) {

    /**
     * A figure the event is told with by other outlets than the row's ("Around 2,000 people" beside "About 1,200
     * residents"), and their articles.
     *
     * @param figure  the figure as the first of them writes it
     * @param sources ids of the articles that give it
     */
    public record OtherFigure(String figure, List<String> sources) {
        public OtherFigure {
            sources = List.copyOf(sources);
        }
    }

    public TimelineEvent {
        sources = List.copyOf(sources);
        otherFigures = List.copyOf(otherFigures);
    }

    /** An event no outlet tells with another figure. */
    public TimelineEvent(String date, String text, String description, String source, List<String> sources,
                         TimelinePart part, LocalDate expectedAsOf) {
        this(date, text, description, source, sources, part, expectedAsOf, List.of());
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
