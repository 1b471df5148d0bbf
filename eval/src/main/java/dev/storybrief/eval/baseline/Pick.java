package dev.storybrief.eval.baseline;

/**
 * A candidate chosen by a baseline, with the score that chose it.
 *
 * @param candidate the sentence
 * @param score     the baseline's score for it at the moment it was chosen
 */
record Pick(Candidate candidate, double score) {
}
