package dev.storybrief.brief.summary;

import dev.storybrief.brief.disagreement.LatestFigures;
import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.Sentence;
import dev.storybrief.model.vector.SentenceIndex;
import dev.storybrief.model.vector.TermVector;
import dev.storybrief.model.Words;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The step of the summary that tells the newest figure of a count that later-dated articles give anew. */
final class LatestFigureSwap {
    private LatestFigureSwap() {
    }

    /** How many times a newer figure may come in: a count given anew on more days than this is a long story's. */
    static final int MAX_FIGURE_STEPS = 5;

    /**
     * The chosen sentences, with the newest figure of every count they state that later-dated articles give anew
     * ({@link #withOneLatestFigure}, until nothing changes), the words left filled again.
     */
    static List<SummaryCandidate> withLatestFigures(List<SummaryCandidate> chosen, List<SummaryCandidate> ranked, SentenceIndex index, int budget,
                                                     double redundancy) {
        Map<Sentence, AnalyzedArticle> candidates = new java.util.LinkedHashMap<>();
        Map<Sentence, SummaryCandidate> bySentence = new HashMap<>();
        for (SummaryCandidate s : ranked) {
            candidates.put(s.sentence(), s.article());
            bySentence.put(s.sentence(), s);
        }
        List<SummaryCandidate> result = new ArrayList<>(chosen);
        // a sentence that came in may itself have a newer figure (12 on Monday, 19 on Tuesday, 27 on Wednesday):
        // look again until nothing changes, at most once per step a story can take
        for (int round = 0; round < MAX_FIGURE_STEPS; round++) {
            List<SummaryCandidate> next = withOneLatestFigure(result, candidates, bySentence, index, budget, redundancy);
            if (next == result) {
                break;
            }
            result = next;
        }
        return result.equals(chosen) ? result : refill(result, ranked, candidates, index, budget, redundancy);
    }

    /**
     * The chosen sentences with the first newer figure found brought in, in place of the sentence giving the older
     * figure and of those it repeats, and read where the older one stood, the lowest-scored lines giving way when it
     * does not fit; only when the newer sentence alone is longer than the budget does the older figure stay, with its
     * weekday, so it reads as that day's figure. When the newer figure is chosen already, the older
     * one's sentence gives way to it. The same list when nothing changes.
     */
    private static List<SummaryCandidate> withOneLatestFigure(List<SummaryCandidate> result, Map<Sentence, AnalyzedArticle> candidates,
                                             Map<Sentence, SummaryCandidate> bySentence, SentenceIndex index, int budget,
                                                      double redundancy) {
        for (SummaryCandidate old : result) {
            java.util.Optional<Sentence> newer = LatestFigures.newer(old.article(), old.sentence(), candidates, index);
            if (newer.isEmpty()) {
                continue;
            }
            java.util.Optional<SummaryCandidate> present = result.stream().filter(s -> s.sentence().equals(newer.get())).findFirst();
            if (present.isPresent()) {
                // both chosen: the older figure would be told as if current, and first; the newest takes its place
                List<SummaryCandidate> kept = new ArrayList<>(result);
                kept.remove(old);
                if (present.get().stead() == null) {
                    kept.set(kept.indexOf(present.get()), present.get().inPlaceOf(old));
                }
                return kept;
            }
            SummaryCandidate latest = dated(bySentence.get(newer.get()));
            TermVector v = index.vector(latest.sentence());
            List<SummaryCandidate> kept = new ArrayList<>(result);
            kept.removeIf(s -> s == old || v.cosine(index.vector(s.sentence())) >= redundancy);
            // the newest figure is the story's state now: the lowest-scored lines give way to it rather than the
            // summary telling the older figure, dated, as the one a reader takes away ("kills four" once five died)
            while (!kept.isEmpty() && SummaryCandidate.words(kept) + latest.words() > budget) {
                kept.remove(kept.stream().min(Comparator.comparingDouble(SummaryCandidate::score)).get());
            }
            if (SummaryCandidate.words(kept) + latest.words() <= budget) {
                // the newest figure is told where the older one was: a summary that led with it leads with the newest
                kept.add(latest.inPlaceOf(old));
                kept.sort(Comparator.comparingDouble(SummaryCandidate::score).reversed());
                return kept;
            }
            SummaryCandidate oldDated = dated(old);
            if (!oldDated.text().equals(old.text()) && SummaryCandidate.words(result) - old.words() + oldDated.words() <= budget) {
                List<SummaryCandidate> marked = new ArrayList<>(result);
                marked.set(marked.indexOf(old), oldDated);
                return marked;
            }
        }
        return result;
    }

    /**
     * The words a newest figure freed, filled as {@link SummarySelection#select} fills the budget, with no sentence that states a
     * figure a later article gives anew: the swap is not to be undone.
     */
    private static List<SummaryCandidate> refill(List<SummaryCandidate> chosen, List<SummaryCandidate> ranked, Map<Sentence, AnalyzedArticle> candidates,
                                SentenceIndex index, int budget, double redundancy) {
        return refill(chosen, ranked, index, budget, redundancy,
                candidate -> LatestFigures.newer(candidate.article(), candidate.sentence(), candidates, index).isPresent());
    }

    /**
     * The words a change of figures freed, filled as {@link SummarySelection#select} fills the budget, with no
     * candidate {@code undone} tells (one that would bring back the figure replaced).
     */
    static List<SummaryCandidate> refill(List<SummaryCandidate> chosen, List<SummaryCandidate> ranked, SentenceIndex index,
                                         int budget, double redundancy,
                                         java.util.function.Predicate<SummaryCandidate> undone) {
        List<SummaryCandidate> filled = new ArrayList<>(chosen);
        java.util.Set<Sentence> taken = new java.util.HashSet<>();
        chosen.forEach(s -> taken.add(s.sentence()));
        int used = SummaryCandidate.words(filled);
        for (SummaryCandidate candidate : ranked) {
            if (taken.contains(candidate.sentence()) || used + candidate.words() > budget || SummarySelection.repeats(candidate, filled, index, redundancy)
                    || undone.test(candidate)) {
                continue;
            }
            filled.add(candidate);
            used += candidate.words();
        }
        return filled;
    }

    /**
     * A candidate trimmed again keeping its weekday, with the date it stands for: the day tells which figure of a
     * changing count is the latest, and a weekday alone does not say which week.
     */
    private static SummaryCandidate dated(SummaryCandidate s) {
        String text = LatestFigures.withDates(s.article(), s.sentence(),
                s.trimmer().without(SentenceTrimmer.Rule.RELATIVE_DAY).trim(s.sentence().text()));
        return new SummaryCandidate(s.article(), s.sentence(), text, Words.count(text), s.score(), s.trimmer(), s.stead());
    }
}
