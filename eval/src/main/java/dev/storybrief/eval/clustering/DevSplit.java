package dev.storybrief.eval.clustering;

/**
 * Which part of a development set a figure is measured on: the clusters (or ECB+ topics) tuned on, the ones kept
 * back to check that the tuning generalises, or all. Parts alternate in file order (ECB+: by topic number), so each
 * holds every kind of story the set has.
 */
public enum DevSplit {
    /** Every cluster. */
    ALL,
    /** The 1st, 3rd, 5th... cluster of each data set; ECB+ topics with odd numbers. Rules and thresholds were tuned here. */
    TUNING,
    /** The 2nd, 4th, 6th... cluster of each data set; ECB+ topics with even numbers. Only checked. */
    HELD_BACK;

    /** True when the cluster at {@code position} (from 0 in file order; ECB+: topic number minus 1) is in this part. */
    public boolean holds(int position) {
        return switch (this) {
            case ALL -> true;
            case TUNING -> position % 2 == 0;
            case HELD_BACK -> position % 2 == 1;
        };
    }
}
