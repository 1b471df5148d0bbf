package dev.storybrief.eval.temporal;

import dev.storybrief.eval.metric.PrecisionRecall;

/**
 * TIMEX3 figures as the official TempEval-3 scorer ({@code TE3-evaluation.py}, UzZaman et al. 2013) defines them.
 *
 * @param gold              gold timexes
 * @param system            system timexes
 * @param strict            strict match: pairs ({@link TimexAlignment}) of exactly the same extent, over the system
 *                          timexes (precision) and over the gold timexes (recall)
 * @param relaxed           relaxed match: all pairs (a pair shares at least the first character of the later one)
 * @param relaxedMatched    pairs (the denominator of the attribute accuracies)
 * @param valueMatched      of those, the ones whose system timex has the same value
 * @param typeMatched       of those, the ones whose system timex has the same type
 */
public record TimexScores(int gold, int system, PrecisionRecall strict, PrecisionRecall relaxed, int relaxedMatched,
                          int valueMatched, int typeMatched) {

    /** Value accuracy: correct values among the relaxed matches. */
    public double valueAccuracy() {
        return PrecisionRecall.ratio(valueMatched, relaxedMatched);
    }

    /** Value F1 as the TempEval-3 scorer computes its "attribute F1": value accuracy times relaxed F1. */
    public double valueF1() {
        return valueAccuracy() * relaxed.f1();
    }

    /** Type accuracy among the relaxed matches. */
    public double typeAccuracy() {
        return PrecisionRecall.ratio(typeMatched, relaxedMatched);
    }

    /** Type F1: type accuracy times relaxed F1. */
    public double typeF1() {
        return typeAccuracy() * relaxed.f1();
    }
}
