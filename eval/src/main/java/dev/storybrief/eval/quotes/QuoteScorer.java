package dev.storybrief.eval.quotes;

import dev.storybrief.eval.annotate.QuoteAnnotation;
import dev.storybrief.eval.annotate.Span;
import java.util.List;
import java.util.Map;

/** Computes {@link QuoteScores} from gold attributions and predicted quotes, article by article. */
public final class QuoteScorer {
    private QuoteScorer() {
    }

    /**
     * Scores every gold article.
     *
     * @param gold      gold attributions by article id
     * @param predicted predicted quotes by article id (missing: none found)
     */
    public static QuoteScores score(Map<String, List<GoldAttribution>> gold, Map<String, List<QuoteAnnotation>> predicted) {
        Counts c = new Counts();
        gold.forEach((id, attributions) -> c.add(attributions, predicted.getOrDefault(id, List.of())));
        return new QuoteScores(c.predicted, c.predictedOnGold, c.goldDirect, c.goldDirectFound, c.goldAll,
                c.goldAllFound, c.predictedChars, c.predictedCharsOnGold, c.goldDirectChars, c.goldDirectCharsFound,
                c.speakerPairs, c.speakerCorrect, c.goldDirectWithSource, c.predictedAttributed);
    }

    /** True when the predicted quote's speaker is the gold source (span overlap or the same name). */
    static boolean speakerCorrect(QuoteAnnotation quote, Span source) {
        if (source == null) {
            return false;
        }
        return quote.speaker() != null && quote.speaker().overlaps(source)
                || SameName.matches(quote.speakerName(), source.text());
    }

    private static final class Counts {
        int predicted;
        int predictedOnGold;
        int goldDirect;
        int goldDirectFound;
        int goldAll;
        int goldAllFound;
        long predictedChars;
        long predictedCharsOnGold;
        long goldDirectChars;
        long goldDirectCharsFound;
        int speakerPairs;
        int speakerCorrect;
        int goldDirectWithSource;
        int predictedAttributed;

        void add(List<GoldAttribution> gold, List<QuoteAnnotation> quotes) {
            List<Span> goldSpans = gold.stream().map(GoldAttribution::content).toList();
            List<Span> quoteSpans = quotes.stream().map(QuoteAnnotation::span).toList();
            for (QuoteAnnotation q : quotes) {
                predicted++;
                predictedChars += q.span().length();
                predictedCharsOnGold += covered(q.span(), goldSpans);
                GoldAttribution best = q.span().mostOverlapping(gold, GoldAttribution::content);
                if (best != null) {
                    predictedOnGold++;
                    predictedAttributed += speakerCorrect(q, best.source()) ? 1 : 0;
                }
            }
            for (GoldAttribution g : gold) {
                boolean found = quoteSpans.stream().anyMatch(s -> s.overlaps(g.content()));
                goldAll++;
                goldAllFound += found ? 1 : 0;
                if (!g.direct()) {
                    continue;
                }
                goldDirect++;
                goldDirectChars += g.content().length();
                goldDirectCharsFound += covered(g.content(), quoteSpans);
                goldDirectWithSource += g.source() != null ? 1 : 0;
                if (found) {
                    goldDirectFound++;
                    if (g.source() != null) {
                        speakerPairs++;
                        speakerCorrect += speakerCorrect(g.content().mostOverlapping(quotes, QuoteAnnotation::span), g.source()) ? 1 : 0;
                    }
                }
            }
        }

        /** Characters of {@code span} inside at least one of {@code others}. */
        private static long covered(Span span, List<Span> others) {
            boolean[] in = new boolean[span.length()];
            for (Span o : others) {
                for (int i = Math.max(span.start(), o.start()); i < Math.min(span.end(), o.end()); i++) {
                    in[i - span.start()] = true;
                }
            }
            long n = 0;
            for (boolean b : in) {
                n += b ? 1 : 0;
            }
            return n;
        }
    }
}
