package dev.storybrief.model;

/** Which articles of a story a computation looks at. */
public enum StoryView {
    /** Every article, follow-ups of another period included. */
    ALL,
    /** The articles of the story's main period (all of them when none is). */
    MAIN
}
