package dev.storybrief.brief.summary;

import dev.storybrief.group.SameClaim;
import dev.storybrief.group.StoryGrouper;
import dev.storybrief.model.vector.SentenceIndex;
import dev.storybrief.model.vector.TermVector;
import java.util.ArrayList;
import java.util.List;

/**
 * The summary's fill step: the words the redundancy threshold left unused are filled with candidates that add a fact,
 * contradict no chosen sentence and are not one statement told again by another outlet (nor one wording told with
 * other figures, {@link SameWording}).
 */
final class SummaryFill {
    private SummaryFill() {
    }

    /**
     * When the words left are filled, a candidate repeats the chosen sentences when they carry this share of its term
     * weight between them: it must bring at least a third of what it says anew (its event, its figure, its speaker's
     * words), more than a shared name or setting.
     */
    static final double FILL_REPEAT = 2.0 / 3;

    /**
     * The chosen sentences with the words the redundancy threshold left unused filled: in a small story every
     * sentence shares the story's few names with every other, so the strict threshold can stop a summary at a third
     * of its budget while whole facts are left. A candidate comes in, best first, when it fits, when the chosen
     * sentences do not carry {@link #FILL_REPEAT} of what it says between them ({@link SameClaim#coverage}: it adds
     * a fact), and
     * when it contradicts none of them that it is alike to (another figure of the same kind, a denial: that is a
     * disagreement, shown as one, not two summary items).
     */
    static List<SummaryCandidate> filled(List<SummaryCandidate> chosen, List<SummaryCandidate> ranked, SentenceIndex index, int budget) {
        int used = SummaryCandidate.words(chosen);
        List<SummaryCandidate> filled = new ArrayList<>(chosen);
        for (SummaryCandidate candidate : ranked) {
            if (used + candidate.words() > budget || SummaryCandidate.holds(filled, candidate.sentence())) {
                continue;
            }
            TermVector v = index.vector(candidate.sentence());
            List<TermVector> taken = filled.stream().map(s -> index.vector(s.sentence())).toList();
            if (v.isEmpty() || SameClaim.coverage(v, taken) >= FILL_REPEAT
                    || filled.stream().anyMatch(s -> contradicts(candidate, s, index) || sameStatement(s, candidate, index)
                    || SameWording.otherFiguresOnly(candidate.wording(), s.wording()))) {
                continue;
            }
            filled.add(candidate);
            used += candidate.words();
        }
        return filled;
    }

    /**
     * Two sentences of which one contradicts the other: they give different figures of one kind (a summary states a
     * count once; the disagreement or the newer figure is told elsewhere), or, alike in their words (as support
     * counts them), one denies what the other states.
     */
    private static boolean contradicts(SummaryCandidate a, SummaryCandidate b, SentenceIndex index) {
        List<dev.storybrief.model.QuantitySpan> qa = a.article().quantities(a.sentence());
        List<dev.storybrief.model.QuantitySpan> qb = b.article().quantities(b.sentence());
        if (SameClaim.otherFigure(qa, qb)) {
            return true;
        }
        TermVector va = index.vector(a.sentence());
        TermVector vb = index.vector(b.sentence());
        return va.cosine(vb) >= StoryGrouper.DEFAULT_SUPPORT_THRESHOLD
                && va.sharedTerms(vb) >= StoryGrouper.MIN_SHARED_TERMS
                && SameClaim.contradicts(a.sentence().text(), qa, b.sentence().text(), qb);
    }

    /**
     * Whether two sentences are one statement told by two outlets, as support counts it: alike in words (the support
     * threshold and shared terms) and one carrying the other's figures, quotes and most of its words
     * ({@link SameClaim#backs}), as "Seven people were hurt when a tourist bus overturned" and "a bus ... overturned,
     * injuring seven people". The chosen one's support label tells the reader the other outlet says it too; in a small
     * story, where every word is shared and weighs little, the fill step's share of new weight alone lets such a
     * repeat in on its other verb.
     */
    private static boolean sameStatement(SummaryCandidate chosen, SummaryCandidate candidate, SentenceIndex index) {
        TermVector v = index.vector(candidate.sentence());
        TermVector c = index.vector(chosen.sentence());
        if (v.cosine(c) < StoryGrouper.DEFAULT_SUPPORT_THRESHOLD || v.sharedTerms(c) < StoryGrouper.MIN_SHARED_TERMS) {
            return false;
        }
        var vq = candidate.article().figures(candidate.sentence());
        var cq = chosen.article().figures(chosen.sentence());
        return SameClaim.backs(candidate.sentence().text(), v, vq, chosen.sentence().text(), c, cq)
                || SameClaim.backs(chosen.sentence().text(), c, cq, candidate.sentence().text(), v, vq);
    }
}
