package dev.storybrief.analyze.entity;

/** Counts for precision and recall, printed the same way by every gold test. */
public record PrecisionRecall(int truePositives, int predicted, int gold) {

    public double precision() {
        return predicted == 0 ? 1.0 : (double) truePositives / predicted;
    }

    public double recall() {
        return gold == 0 ? 1.0 : (double) truePositives / gold;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public PrecisionRecall plus(PrecisionRecall other) {
        return new PrecisionRecall(truePositives + other.truePositives, predicted + other.predicted,
                gold + other.gold);
    }

    @Override
    public String toString() {
        return String.format("P=%.3f R=%.3f F1=%.3f (tp=%d, predicted=%d, gold=%d)", precision(), recall(), f1(),
                truePositives, predicted, gold);
    }
}
