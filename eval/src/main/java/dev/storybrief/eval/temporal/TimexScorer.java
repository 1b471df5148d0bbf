package dev.storybrief.eval.temporal;

import dev.storybrief.eval.annotate.TimexAnnotation;
import dev.storybrief.eval.metric.PrecisionRecall;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Scores system timexes against gold timexes over a set of documents with the TempEval-3 definitions
 * ({@link TimexScores}); counts are pooled over all documents (micro average), as the official scorer pools them.
 *
 * <p>Gold and system timexes are paired one to one ({@link TimexAlignment}, as the official scorer's id normalisation
 * pairs them); a pair is a relaxed match, a pair of the same extent a strict match, and type and value are compared
 * on the pairs as exact strings (a value both sides leave empty is equal, as the official scorer compares them).
 *
 * <p>Deviation: the official scorer compares Penn-tokenised TimeML files, so extents are token extents; here they are
 * the character offsets {@code storybrief annotate} prints. A document the system did not annotate counts as one with
 * no system timex.
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
        return new TimexScores(c.gold, c.system, PrecisionRecall.of(c.strict, c.system, c.gold),
                PrecisionRecall.of(c.relaxed, c.system, c.gold), c.relaxed, c.value, c.type);
    }

    /** Pooled counts. */
    private static final class Counts {
        int gold;
        int system;
        int strict;
        int relaxed;
        int value;
        int type;

        void add(List<TimexAnnotation> goldTimexes, List<TimexAnnotation> systemTimexes) {
            gold += goldTimexes.size();
            system += systemTimexes.size();
            for (TimexAlignment.Pair p : TimexAlignment.pairs(goldTimexes, systemTimexes)) {
                relaxed++;
                strict += p.sameExtent() ? 1 : 0;
                value += Objects.equals(p.gold().value(), p.system().value()) ? 1 : 0;
                type += Objects.equals(p.gold().type(), p.system().type()) ? 1 : 0;
            }
        }
    }
}
