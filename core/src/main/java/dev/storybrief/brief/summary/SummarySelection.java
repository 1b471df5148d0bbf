package dev.storybrief.brief.summary;

import dev.storybrief.model.vector.SentenceIndex;
import dev.storybrief.model.vector.TermVector;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The summary's first choice: the ranked candidates taken greedily, best first, while they fit the words and repeat
 * no chosen sentence (TF-IDF cosine at the redundancy threshold, or one wording with other figures,
 * {@link SameWording}); for a developing story, each article's best sentence
 * before any article's second.
 */
final class SummarySelection {
    private SummarySelection() {
    }

    static List<SummaryCandidate> select(List<SummaryCandidate> ranked, SentenceIndex index, int budget, double redundancy) {
        List<SummaryCandidate> chosen = new ArrayList<>();
        int used = 0;
        for (SummaryCandidate candidate : ranked) {
            int length = candidate.words();
            if (used + length > budget || repeats(candidate, chosen, index, redundancy)) {
                continue;
            }
            chosen.add(candidate);
            used += length;
        }
        return chosen;
    }

    /**
     * For a developing story: greedy like {@link #select}, but each candidate's score is lowered by
     * {@link DevelopingStory#ARTICLE_PENALTY} for every sentence already chosen from its article, so that each
     * article, each a development of the story, gets its best sentence in before any gets a second.
     */
    static List<SummaryCandidate> selectCovering(List<SummaryCandidate> ranked, SentenceIndex index, int budget, double redundancy) {
        List<SummaryCandidate> chosen = new ArrayList<>();
        List<SummaryCandidate> open = new ArrayList<>(ranked);
        Map<String, Integer> perArticle = new HashMap<>();
        int used = SummaryCandidate.words(chosen);
        while (!open.isEmpty()) {
            SummaryCandidate best = null;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (java.util.Iterator<SummaryCandidate> it = open.iterator(); it.hasNext(); ) {
                SummaryCandidate candidate = it.next();
                if (used + candidate.words() > budget || repeatsStage(candidate, chosen, index, redundancy)) {
                    it.remove();
                    continue;
                }
                double score = candidate.score() - DevelopingStory.ARTICLE_PENALTY
                        * perArticle.getOrDefault(candidate.article().id(), 0);
                if (score > bestScore) {
                    best = candidate;
                    bestScore = score;
                }
            }
            if (best == null) {
                break;
            }
            open.remove(best);
            chosen.add(best);
            used += best.words();
            perArticle.merge(best.article().id(), 1, Integer::sum);
        }
        return chosen;
    }

    static boolean repeats(SummaryCandidate candidate, List<SummaryCandidate> chosen, SentenceIndex index,
                                  double redundancy) {
        TermVector v = index.vector(candidate.sentence());
        for (SummaryCandidate c : chosen) {
            if (v.cosine(index.vector(c.sentence())) >= redundancy
                    || SameWording.otherFiguresOnly(candidate.wording(), c.wording())) {
                return true;
            }
        }
        return false;
    }

    /**
     * As {@link #repeats}, for a developing story: a sentence telling an outcome a similar chosen one does not (the
     * verdict beside the plea, {@link StageContinuation#tellsNewOutcome}) is the next stage, not a repeat.
     */
    static boolean repeatsStage(SummaryCandidate candidate, List<SummaryCandidate> chosen, SentenceIndex index,
                                  double redundancy) {
        TermVector v = index.vector(candidate.sentence());
        for (SummaryCandidate c : chosen) {
            if ((v.cosine(index.vector(c.sentence())) >= redundancy
                    || SameWording.otherFiguresOnly(candidate.wording(), c.wording()))
                    && !StageContinuation.tellsNewOutcome(candidate.text(), c.text())) {
                return true;
            }
        }
        return false;
    }

}
