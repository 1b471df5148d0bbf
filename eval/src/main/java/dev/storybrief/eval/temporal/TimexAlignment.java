package dev.storybrief.eval.temporal;

import dev.storybrief.eval.annotate.TimexAnnotation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Pairs one document's system timexes with its gold timexes one to one, as the official TempEval-3 scorer does
 * before it counts anything.
 *
 * <p>Why one to one: {@code TE3-evaluation.py} first runs {@code TimeML-Normalizer}, which walks the tokens in order
 * and, where a timex of one annotation begins while a timex of the other is open (begun and not closed), gives both
 * the same id unless the open one was already paired; {@code evaluate_entities.py} then matches gold and system timexes
 * by id. So a system timex that spans two gold timexes matches only the first (the second is missed), and of two system
 * timexes inside one gold timex only the first matches (the second is spurious). Here the same walk runs on character
 * offsets: the timexes in order of their start, gold first on a tie, each paired with the other side's unpaired timex
 * that covers its first character.
 */
public final class TimexAlignment {
    private TimexAlignment() {
    }

    /**
     * A gold timex and the system timex paired with it.
     *
     * @param gold   the gold timex
     * @param system its system partner
     */
    public record Pair(TimexAnnotation gold, TimexAnnotation system) {
        /** Same extent to the character (the strict match). */
        public boolean sameExtent() {
            return gold.span().start() == system.span().start() && gold.span().end() == system.span().end();
        }
    }

    /** The pairs of one document, in text order. */
    public static List<Pair> pairs(List<TimexAnnotation> gold, List<TimexAnnotation> system) {
        List<Entry> entries = new ArrayList<>();
        gold.forEach(t -> entries.add(new Entry(t, true)));
        system.forEach(t -> entries.add(new Entry(t, false)));
        entries.sort(Comparator.comparingInt((Entry e) -> e.timex.span().start()).thenComparing(e -> !e.gold));
        Map<TimexAnnotation, TimexAnnotation> partner = new IdentityHashMap<>();
        List<Pair> pairs = new ArrayList<>();
        for (Entry e : entries) {
            if (partner.containsKey(e.timex)) {
                continue;
            }
            int first = e.timex.span().start();
            for (TimexAnnotation other : e.gold ? system : gold) {
                if (other.span().start() <= first && first < other.span().end() && !partner.containsKey(other)) {
                    partner.put(e.timex, other);
                    partner.put(other, e.timex);
                    pairs.add(e.gold ? new Pair(e.timex, other) : new Pair(other, e.timex));
                    break;
                }
            }
        }
        pairs.sort(Comparator.comparingInt(p -> p.gold().span().start()));
        return pairs;
    }

    private record Entry(TimexAnnotation timex, boolean gold) {
    }
}
