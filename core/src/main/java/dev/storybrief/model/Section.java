package dev.storybrief.model;

import java.util.List;
import java.util.Objects;

/**
 * A named, typed slot of a {@link Briefing} that a briefing part fills: the summary, the timeline, who said
 * what... A part of one's own defines its own section.
 *
 * @param name the section's name, also its JSON field
 * @param <T>  what the section holds
 */
public record Section<T>(String name) {
    /** The summary sentences, in reading order. */
    public static final Section<List<SummarySentence>> SUMMARY = new Section<>("summary");
    /** Dated events, in date order; follow-ups of another period last. */
    public static final Section<List<TimelineEvent>> TIMELINE = new Section<>("timeline");
    /** Who said what, grouped by speaker. */
    public static final Section<List<QuoteItem>> QUOTES = new Section<>("quotes");
    /** The people, organisations and places, most mentioned first. */
    public static final Section<List<EntityItem>> ENTITIES = new Section<>("entities");
    /** Claims about the same thing that differ between outlets. */
    public static final Section<List<Disagreement>> DISAGREEMENTS = new Section<>("disagreements");
    /** Salient statements that a single outlet reports. */
    public static final Section<List<Claim>> UNIQUE = new Section<>("unique");

    public Section {
        Objects.requireNonNull(name, "name");
    }
}
