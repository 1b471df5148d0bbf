package dev.storybrief.model;

import java.util.List;

/**
 * One dated line of the timeline: a date, the sentence that best tells what happened then, and the articles that
 * mention that date.
 *
 * @param date    "YYYY-MM-DD", or "YYYY-MM" / "YYYY" when that is all the text gives
 * @param text    the best sentence for the date, verbatim
 * @param source  id of the article the sentence comes from
 * @param sources ids of every article that mentions the date, the source first
 * @param later   true when the event comes only from a follow-up article of another period
 */
public record TimelineEvent(String date, String text, String source, List<String> sources, boolean later) {

    public TimelineEvent {
        sources = List.copyOf(sources);
    }
}
