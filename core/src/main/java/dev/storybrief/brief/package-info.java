/**
 * The brief stage: {@link dev.storybrief.brief.Briefer} turns one analysed story into a briefing through named,
 * ordered {@link dev.storybrief.brief.BriefingPart}s that read the analysis stored on the articles and add to a
 * {@link dev.storybrief.brief.BriefingDraft}. The parts live beside what they build: the summary and headline in
 * {@code brief.summary}, where sources disagree in {@code brief.disagreement}, the timeline of events in
 * {@code brief.timeline}; who is named and who said what, and what only one outlet reports, here.
 */
package dev.storybrief.brief;
