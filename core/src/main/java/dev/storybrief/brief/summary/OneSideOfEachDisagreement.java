package dev.storybrief.brief.summary;

import dev.storybrief.model.Claim;
import dev.storybrief.model.Disagreement;
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
            List<SummaryCandidate> rivals = kept.stream()
                    .filter(k -> FigureSides.against(sideOf.apply(k), sideOf.apply(s))).toList();
            if (rivals.isEmpty()) {
                kept.add(s);
            } else if (rivals.size() == 1 && attributed(s) && !attributed(rivals.get(0))
                    && tied(disagreements.get(), sideOf.apply(rivals.get(0)), sideOf.apply(s))) {
                // two sides told by as many outlets each: the line that says whose figure it is ("..., the Environment
                // Agency said") states it, as a reader can weigh a figure by its source and not a bare one
                kept.set(kept.indexOf(rivals.get(0)), s);
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

    /** The closing attribution of a sentence that says whose statement it is (", the Environment Agency said"). */
    private static final SentenceTrimmer ATTRIBUTION = SentenceTrimmer.of(java.util.EnumSet.of(SentenceTrimmer.Rule.ATTRIBUTION_TAIL));
    private static final java.util.regex.Pattern ACCORDING = java.util.regex.Pattern.compile("(?i)\\baccording to\\b");

    /** True when the sentence says whose figure it gives: a closing attribution, or "according to". */
    static boolean attributed(SummaryCandidate s) {
        String text = s.sentence().text();
        return ACCORDING.matcher(text).find() || !ATTRIBUTION.trim(text).equals(text);
    }

    /**
     * True when each pair of opposed sides of {@code a} and {@code b} is told by as many outlets (articles) each: a tie,
     * which the ranking, not the outlets, would break.
     */
    static boolean tied(List<Disagreement> disagreements, List<FigureSides.Side> a, List<FigureSides.Side> b) {
        boolean any = false;
        for (FigureSides.Side x : a) {
            for (FigureSides.Side y : b) {
                if (x.disagreement() != y.disagreement() || x.side() == y.side()
                        || x.disagreement() >= disagreements.size()) {
                    continue;
                }
                List<Claim> claims = disagreements.get(x.disagreement()).claims();
                if (outlets(claims, x.side()) != outlets(claims, y.side())) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    private static long outlets(List<Claim> claims, int side) {
        return claims.stream().filter(c -> c.side() == side).map(Claim::source).distinct().count();
    }
}
