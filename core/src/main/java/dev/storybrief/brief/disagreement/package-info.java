/**
 * Where sources disagree: figures that contradict each other (read from the stated quantities and the words around
 * them, told apart from rising counts, different measures and slips), dates, causes and stances.
 * {@link dev.storybrief.brief.disagreement.DisagreementFinder} is the briefing part; the summary, the headline and the
 * timeline ask {@link dev.storybrief.brief.disagreement.NumberDisagreements} and the figure readings here.
 */
package dev.storybrief.brief.disagreement;
