package dev.storybrief.model;

import java.util.List;

/**
 * What a briefing shows beyond the summary: where the outlets disagree and what only one of them reports.
 *
 * @param disagreements claims about the same thing that differ between outlets
 * @param unique        salient statements that a single outlet reports
 */
public record Insights(List<Disagreement> disagreements, List<Claim> unique) {

    /** No insights. */
    public static final Insights NONE = new Insights(List.of(), List.of());

    public Insights {
        disagreements = List.copyOf(disagreements);
        unique = List.copyOf(unique);
    }
}
