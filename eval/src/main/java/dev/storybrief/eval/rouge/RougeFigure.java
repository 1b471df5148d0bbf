package dev.storybrief.eval.rouge;

/**
 * One metric's per-summary figures, pooled over all references ({@code -f A}), as ROUGE-1.5.5 prints them.
 *
 * @param recall     {@code hit / model}, rounded to 5 decimals like {@code sprintf("%7.5f")}; 0 when model is 0
 * @param precision  {@code hit / peer}, rounded the same way; 0 when peer is 0
 * @param f          {@code P*R / ((1-alpha)*P + alpha*R)} computed from the <em>rounded</em> R and P, then
 *                   rounded; 0 when the denominator is 0
 * @param modelCount sum over references of their gram count (for ROUGE-L: reference LCS tokens)
 * @param peerCount  number of references times the peer's gram count (for ROUGE-L: its unigram count)
 * @param hitCount   sum over references of the clipped hits
 */
public record RougeFigure(double recall, double precision, double f, int modelCount, int peerCount, int hitCount) {

    /** Computes the rounded figures from raw counts like the Perl scorer. */
    public static RougeFigure of(int hitCount, int modelCount, int peerCount, double alpha) {
        double r = modelCount != 0 ? PerlRounding.round5((double) hitCount / modelCount) : 0.0;
        double p = peerCount != 0 ? PerlRounding.round5((double) hitCount / peerCount) : 0.0;
        double denominator = (1 - alpha) * p + alpha * r;
        double f = denominator > 0 ? PerlRounding.round5((p * r) / denominator) : 0.0;
        return new RougeFigure(r, p, f, modelCount, peerCount, hitCount);
    }

    /** The figures as the scorer prints them: {@code R:0.34889 P:0.35500 F:0.35192}. */
    public String formatted() {
        return "R:" + PerlRounding.format5(recall) + " P:" + PerlRounding.format5(precision)
                + " F:" + PerlRounding.format5(f);
    }
}
