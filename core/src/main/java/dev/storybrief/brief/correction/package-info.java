/**
 * The figures of a story a later report corrects ({@link dev.storybrief.brief.correction.Corrections}): found once
 * here, below the parts that tell them, so the summary, headline and timeline (which tell the corrected figure) and
 * the disagreements (which show the pair as a correction, not as two sides) read the same corrections without
 * depending on each other.
 */
package dev.storybrief.brief.correction;
