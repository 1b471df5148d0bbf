package dev.storybrief.eval.extraction;

/**
 * Shingle counts of one page: true positives, false positives and false negatives, plus whether the
 * token sequences were identical. Precision and recall apply the reference scorer's special cases.
 */
public record PageScore(long tp, long fp, long fn, boolean exactMatch) {

    /** Per-page precision: 1 when nothing is wrong, 0 when nothing was predicted right or wrong. */
    public double precision() {
        if (fp == 0 && fn == 0) {
            return 1.0;
        }
        if (tp == 0 && fp == 0) {
            return 0.0;
        }
        return (double) tp / (tp + fp);
    }

    /** Per-page recall: 1 when nothing is wrong, 0 when nothing was expected or found. */
    public double recall() {
        if (fp == 0 && fn == 0) {
            return 1.0;
        }
        if (tp == 0 && fn == 0) {
            return 0.0;
        }
        return (double) tp / (tp + fn);
    }
}
