/**
 * Timelines: {@link dev.storybrief.brief.timeline.TimelineBuilder}, the briefing's timeline of events (one row per
 * event, its clause, its date at the precision known, every outlet telling it), and
 * {@link dev.storybrief.brief.timeline.TimelineSummarizer}, the timeline of a large dated collection for the
 * {@code timeline} command.
 */
package dev.storybrief.brief.timeline;
