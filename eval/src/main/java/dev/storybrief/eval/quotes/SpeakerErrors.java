package dev.storybrief.eval.quotes;

import dev.storybrief.eval.annotate.AnnotatedDocument;
import dev.storybrief.eval.annotate.QuoteAnnotation;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Lists the direct quotations of PolNeAR's tuning split (train) whose speaker storybrief gets wrong, one line each:
 * article, gold source, predicted speaker span and name, and the text before the quotation. The held-back split is
 * never printed, so that looking at errors cannot fit it.
 *
 * <p>{@code java -cp <eval classpath> dev.storybrief.eval.quotes.SpeakerErrors ../shared/eval-data/polnear}
 */
public final class SpeakerErrors {
    private SpeakerErrors() {
    }

    /** Prints the tuning split's speaker errors to standard output. */
    public static void main(String[] args) {
        List<PolnearDocument> train = PolnearDataset.load(Path.of(args[0])).stream()
                .filter(d -> d.split().equals("train")).toList();
        Map<String, AnnotatedDocument> system = QuoteEvaluation.pipelineAnnotations(train);
        for (PolnearDocument doc : train) {
            List<QuoteAnnotation> quotes = system.get(doc.id()).quotes();
            for (GoldAttribution gold : doc.attributions()) {
                if (!gold.direct() || gold.source() == null) {
                    continue;
                }
                QuoteAnnotation best = gold.content().mostOverlapping(quotes, QuoteAnnotation::span);
                if (best == null || QuoteScorer.speakerCorrect(best, gold.source())) {
                    continue;
                }
                int from = Math.max(0, Math.min(gold.source().start(), gold.content().start()) - 80);
                int to = Math.min(doc.text().length(), gold.content().start() + 60);
                System.out.println(String.join("\t", doc.id(), gold.source().text(),
                        best.speaker() == null ? "-" : best.speaker().text(), String.valueOf(best.speakerName()),
                        doc.text().substring(from, to).replaceAll("\\s+", " "),
                        "PREDICTED " + best.span().text().replaceAll("\\s+", " ")));
            }
        }
    }
}
