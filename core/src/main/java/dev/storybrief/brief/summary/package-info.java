/**
 * The story's summary and headline: candidates are filtered, ranked by how many outlets tell them and how central they
 * are, selected within the word budget (one side of each disagreement, the latest of a rising figure), then put in
 * reading order. {@link dev.storybrief.brief.summary.StoryHeadlines} is the one headline rule every command uses.
 */
package dev.storybrief.brief.summary;
