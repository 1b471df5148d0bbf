package dev.storybrief.eval.quotes;

import dev.storybrief.eval.metric.PrecisionRecall;

/**
 * Quote detection and speaker attribution figures over a set of articles (counts pooled over articles).
 *
 * <p>Definitions (a span "overlaps" another when they share at least one character):
 * <ul>
 *   <li><b>Detection</b>: precision = predicted quotes overlapping some gold content span (any attribution, quoted or
 *       paraphrased: the annotators attributed that text) / predicted quotes; recall = gold contents overlapped by some
 *       predicted quote / gold contents, over the direct quotations ({@link GoldAttribution#direct()}) and over all
 *       attributions.</li>
 *   <li><b>Character overlap</b>: precision = characters of predicted quotes inside some gold content / characters of
 *       predicted quotes; recall = characters of direct gold quotations inside some predicted quote / their
 *       characters.</li>
 *   <li><b>Speaker</b>: each found direct gold quotation that has a source is paired with the predicted quote sharing
 *       most characters with it; the speaker is correct when the predicted speaker span overlaps the gold source span,
 *       or the predicted speaker name names the same person ({@link SameName}). Accuracy = correct / such pairs.</li>
 *   <li><b>Attribution</b> (detection and speaker together): recall = direct gold quotations with a source found with
 *       the correct speaker / direct gold quotations with a source; precision = predicted quotes whose best-overlapping
 *       gold attribution has a source they name correctly / predicted quotes.</li>
 * </ul>
 *
 * @param predicted              predicted quotes
 * @param predictedOnGold        predicted quotes overlapping some gold content
 * @param goldDirect             direct gold quotations
 * @param goldDirectFound        of those, overlapped by a predicted quote
 * @param goldAll                all gold attributions with content
 * @param goldAllFound           of those, overlapped by a predicted quote
 * @param predictedChars         characters of predicted quotes
 * @param predictedCharsOnGold   of those, inside some gold content
 * @param goldDirectChars        characters of direct gold quotations
 * @param goldDirectCharsFound   of those, inside some predicted quote
 * @param speakerPairs           found direct gold quotations with a source
 * @param speakerCorrect         of those, with the correct speaker
 * @param goldDirectWithSource   direct gold quotations with a source
 * @param predictedAttributed    predicted quotes whose best gold attribution they attribute correctly
 */
public record QuoteScores(int predicted, int predictedOnGold, int goldDirect, int goldDirectFound, int goldAll,
                          int goldAllFound, long predictedChars, long predictedCharsOnGold, long goldDirectChars,
                          long goldDirectCharsFound, int speakerPairs, int speakerCorrect, int goldDirectWithSource,
                          int predictedAttributed) {

    /** Detection against direct quotations. */
    public PrecisionRecall direct() {
        return PrecisionRecall.of(predictedOnGold, predicted, goldDirectFound, goldDirect);
    }

    /** Detection against all attributions (recall includes paraphrases, which a quote extractor does not look for). */
    public PrecisionRecall all() {
        return PrecisionRecall.of(predictedOnGold, predicted, goldAllFound, goldAll);
    }

    /** Character-level overlap. */
    public PrecisionRecall characters() {
        return PrecisionRecall.of(predictedCharsOnGold, predictedChars, goldDirectCharsFound, goldDirectChars);
    }

    /** Share of found, sourced direct quotations attributed to the right speaker. */
    public double speakerAccuracy() {
        return PrecisionRecall.ratio(speakerCorrect, speakerPairs);
    }

    /** Detection and speaker together. */
    public PrecisionRecall attribution() {
        return PrecisionRecall.of(predictedAttributed, predicted, speakerCorrect, goldDirectWithSource);
    }
}
