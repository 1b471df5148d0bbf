package dev.storybrief.model;

import java.util.List;

/**
 * What a briefing shows beyond the summary.
 *
 * @param timeline      dated events, in date order; follow-ups of another period last
 * @param quotes        who said what, grouped by speaker
 * @param entities      the people, organisations and places, most mentioned first
 * @param disagreements claims about the same thing that differ between outlets
 * @param unique        salient statements that a single outlet reports
 */
public record Insights(List<TimelineEvent> timeline, List<QuoteItem> quotes, List<EntityItem> entities,
                       List<Disagreement> disagreements, List<Claim> unique) {

    /** No insights. */
    public static final Insights NONE = new Insights(List.of(), List.of(), List.of(), List.of(), List.of());

    public Insights {
        timeline = List.copyOf(timeline);
        quotes = List.copyOf(quotes);
        entities = List.copyOf(entities);
        disagreements = List.copyOf(disagreements);
        unique = List.copyOf(unique);
    }
}
