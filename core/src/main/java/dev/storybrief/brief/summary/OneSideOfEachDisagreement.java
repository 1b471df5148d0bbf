package dev.storybrief.brief.summary;

import dev.storybrief.model.Sentence;
import dev.storybrief.model.Story;
import dev.storybrief.model.vector.SentenceIndex;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The step of the summary that states one side of each number disagreement, not both as facts. */
final class OneSideOfEachDisagreement {
    private OneSideOfEachDisagreement() {
    }

    /**
     * The chosen sentences with one side of each number disagreement ({@link FigureSides}): when two give figures of
     * two sides of one ("Segundo o ministério, 140 escolas fecharam" and "O sindicato afirma que 600 escolas estiveram
     * encerradas"), the one ranked higher stays and the other gives way, as the summary would state both figures as
     * facts; the disagreement shows each with its outlets. The words freed are filled as {@link SummaryFill#filled} fills them,
     * with no sentence that takes another side than a kept one.
     */
    static List<SummaryCandidate> withOneSideOfEachDisagreement(Story story, List<SummaryCandidate> chosen, List<SummaryCandidate> ranked,
                                                       SentenceIndex index, int budget,
                                                       java.util.function.Supplier<List<dev.storybrief.model.Disagreement>> disagreements) {
        if (chosen.stream().filter(s -> !s.article().figures(s.sentence()).isEmpty()).count() < 2) {
            return chosen;
        }
        FigureSides sides = new FigureSides(story, disagreements.get());
        if (sides.isEmpty()) {
            return chosen;
        }
        Map<Sentence, List<FigureSides.Side>> taken = new HashMap<>();
        java.util.function.Function<SummaryCandidate, List<FigureSides.Side>> sideOf =
                s -> taken.computeIfAbsent(s.sentence(), x -> sides.of(s.article(), s.sentence()));
        List<SummaryCandidate> byScore = new ArrayList<>(chosen);
        byScore.sort(Comparator.comparingDouble(SummaryCandidate::score).reversed());
        List<SummaryCandidate> kept = new ArrayList<>();
        for (SummaryCandidate s : byScore) {
            if (kept.stream().noneMatch(k -> FigureSides.against(sideOf.apply(k), sideOf.apply(s)))) {
                kept.add(s);
            }
        }
        if (kept.size() == chosen.size()) {
            return chosen;
        }
        java.util.Set<Sentence> left = new java.util.HashSet<>();
        chosen.forEach(s -> left.add(s.sentence()));
        List<SummaryCandidate> open = ranked.stream().filter(c -> !left.contains(c.sentence())
                && kept.stream().noneMatch(k -> FigureSides.against(sideOf.apply(k), sideOf.apply(c)))).toList();
        List<SummaryCandidate> result = new ArrayList<>(chosen);
        result.retainAll(kept);
        return SummaryFill.filled(result, open, index, budget);
    }
}
