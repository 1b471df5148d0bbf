package dev.storybrief.eval.temporal;

import dev.storybrief.eval.annotate.Span;
import dev.storybrief.eval.annotate.TimexAnnotation;
import dev.storybrief.eval.metric.PrecisionRecall;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Scores system timexes against gold timexes over a set of documents with the TempEval-3 definitions
 * ({@link TimexScores}); counts are pooled over all documents (micro average), as the official scorer pools them.
 *
 * <p>Deviation: the official scorer compares Penn-tokenised TimeML files, so extents are token extents; here they are
 * the character offsets {@code storybrief annotate} prints. Strict is the same extent to the character; relaxed is at
 * least one shared character (the official: at least one shared token). A document the system did not annotate counts
 * as one with no system timex.
 */
public final class TimexScorer {
    private TimexScorer() {
    }

    /**
     * Scores every gold document.
     *
     * @param gold   gold timexes by document id
     * @param system system timexes by document id (missing ids: none found)
     */
    public static TimexScores score(Map<String, List<TimexAnnotation>> gold,
                                    Map<String, List<TimexAnnotation>> system) {
        Counts c = new Counts();
        gold.forEach((id, goldTimexes) -> c.add(goldTimexes, system.getOrDefault(id, List.of())));
        return new TimexScores(c.gold, c.system, PrecisionRecall.of(c.strictSystem, c.system, c.strictGold, c.gold),
                PrecisionRecall.of(c.relaxedSystem, c.system, c.relaxedGold, c.gold), c.relaxedGold, c.value, c.type);
    }

    /** Pooled counts. */
    private static final class Counts {
        int gold;
        int system;
        int strictSystem;
        int strictGold;
        int relaxedSystem;
        int relaxedGold;
        int value;
        int type;

        void add(List<TimexAnnotation> goldTimexes, List<TimexAnnotation> systemTimexes) {
            gold += goldTimexes.size();
            system += systemTimexes.size();
            for (TimexAnnotation s : systemTimexes) {
                strictSystem += goldTimexes.stream().anyMatch(g -> sameExtent(g.span(), s.span())) ? 1 : 0;
                relaxedSystem += goldTimexes.stream().anyMatch(g -> g.span().overlaps(s.span())) ? 1 : 0;
            }
            for (TimexAnnotation g : goldTimexes) {
                strictGold += systemTimexes.stream().anyMatch(s -> sameExtent(g.span(), s.span())) ? 1 : 0;
                TimexAnnotation partner = g.span().mostOverlapping(systemTimexes, TimexAnnotation::span);
                if (partner != null) {
                    relaxedGold++;
                    value += g.value() != null && Objects.equals(g.value(), partner.value()) ? 1 : 0;
                    type += g.type() != null && Objects.equals(g.type(), partner.type()) ? 1 : 0;
                }
            }
        }

        private static boolean sameExtent(Span a, Span b) {
            return a.start() == b.start() && a.end() == b.end();
        }
    }
}
