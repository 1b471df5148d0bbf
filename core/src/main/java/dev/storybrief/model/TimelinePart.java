package dev.storybrief.model;

/** Where an event of the timeline stands against the story: before it, in it, or a later development. */
public enum TimelinePart {
    /** Before the story's articles: what led up to it. */
    BACKGROUND,
    /** The story's own events. */
    STORY,
    /** Told only by follow-up articles of another period, after the story. */
    FOLLOW_UP
}
