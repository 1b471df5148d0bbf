package dev.storybrief.eval.rouge;

/**
 * A system average and its bootstrap confidence interval as ROUGE-1.5.5 prints them, each already
 * rounded to 5 decimals: {@code Average_R: avg (95%-conf.int. ciLow - ciHigh)}.
 *
 * @param avg    the mean of the bootstrap sample means (not the plain mean of the topic figures)
 * @param ciLow  lower bound of the interval
 * @param ciHigh upper bound of the interval
 */
public record BootstrapFigure(double avg, double ciLow, double ciHigh) {

    /** {@code 0.36419 (95%-conf.int. 0.35087 - 0.37752)} for a confidence label such as {@code 95}. */
    public String formatted(String confidenceLabel) {
        return PerlRounding.format5(avg) + " (" + confidenceLabel + "%-conf.int. " + PerlRounding.format5(ciLow)
                + " - " + PerlRounding.format5(ciHigh) + ")";
    }
}
