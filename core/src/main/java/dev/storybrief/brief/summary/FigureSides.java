package dev.storybrief.brief.summary;

import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.Claim;
import dev.storybrief.model.Disagreement;
import dev.storybrief.model.DisagreementKind;
import dev.storybrief.model.QuantitySpan;
import dev.storybrief.model.Sentence;
import dev.storybrief.model.Story;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which side of the story's number disagreements a sentence takes by its figures: "Segundo o ministério, 140 escolas
 * fecharam" takes the ministry's side of "600 escolas" against "140 escolas" when a claim of that side gives 140
 * schools, though the sentence itself is no claim of the disagreement. A sentence that gives the figures of two
 * sides ("the union speaks of 600, the ministry of 140") tells the dispute and takes none. The summary states one
 * side of each disagreement as fact, and the disagreement shows the others ({@link StorySummarizer}); a timeline row
 * tells one event, and the sides of its figure are tellings of that one event (timeline.TimelineBuilder).
 */
public final class FigureSides {
    /** The side of one disagreement a sentence takes: the disagreement's place in the list and the claim's side. */
    public record Side(int disagreement, int side) {
    }

    /** A claim's figure and side, as read from its sentence, and the article that states it. */
    private record Figure(int disagreement, int side, QuantitySpan figure, String source) {
    }

    /** A claim as stated: its disagreement, side, article and sentence. */
    private record Stated(int disagreement, int side, String source, String text) {
    }

    private final List<Figure> figures = new ArrayList<>();
    private final List<Stated> stated = new ArrayList<>();

    /** The sides of {@code disagreements} (their number disagreements only), their figures read in {@code story}. */
    public FigureSides(Story story, List<Disagreement> disagreements) {
        Map<String, AnalyzedArticle> articles = new HashMap<>();
        story.articles().forEach(a -> articles.put(a.id(), a));
        for (int d = 0; d < disagreements.size(); d++) {
            Disagreement disagreement = disagreements.get(d);
            if (disagreement.kind() != DisagreementKind.NUMBER) {
                continue;
            }
            for (Claim claim : disagreement.claims()) {
                if (claim.side() >= 0) {
                    stated.add(new Stated(d, claim.side(), claim.source(), claim.text()));
                }
                Optional<QuantitySpan> figure = figureOf(articles.get(claim.source()), claim);
                if (figure.isPresent()) {
                    figures.add(new Figure(d, claim.side(), figure.get(), claim.source()));
                }
            }
        }
    }

    /** True when no disagreement has sides to take. */
    boolean isEmpty() {
        return figures.isEmpty() && stated.isEmpty();
    }

    /**
     * The sides the sentence takes: for each disagreement whose figures it gives, the one side whose figure it gives;
     * none for a disagreement of which it gives the figures of two sides.
     */
    public List<Side> of(AnalyzedArticle article, Sentence sentence) {
        if (isEmpty()) {
            return List.of();
        }
        List<QuantitySpan> own = article.figures(sentence);
        Map<Integer, java.util.Set<Integer>> given = new java.util.TreeMap<>();
        for (Figure f : figures) {
            if (QuantitySpan.givesOneOf(List.of(f.figure), own) || givesOfAnotherNoun(f, own)) {
                given.computeIfAbsent(f.disagreement, x -> new java.util.TreeSet<>()).add(f.side);
            }
        }
        // a claim's own sentence takes its side, though its figure be one the quantity rules do not read (a score)
        for (Stated c : stated) {
            if (c.source.equals(article.id()) && c.text.equals(sentence.text())) {
                given.computeIfAbsent(c.disagreement, x -> new java.util.TreeSet<>()).add(c.side);
            }
        }
        List<Side> sides = new ArrayList<>();
        given.forEach((d, s) -> {
            if (s.size() == 1) {
                sides.add(new Side(d, s.iterator().next()));
            }
        });
        return sides;
    }

    /**
     * The spread of a disputed figure a sentence states: the figure as the sentence gives it ({@code own}), and the
     * lowest and the highest figure the sides of its disagreement give ({@code low}, {@code high}: "Some 250
     * residents" where another outlet says "About 300 residents").
     */
    record Spread(QuantitySpan own, QuantitySpan low, QuantitySpan high) {
    }

    /**
     * The spreads of the disputed figures the sentence states, one per disagreement it takes a side of
     * ({@link #of}), the first figure of the sentence giving that side's.
     */
    List<Spread> spreads(AnalyzedArticle article, Sentence sentence) {
        List<Spread> spreads = new ArrayList<>();
        List<QuantitySpan> own = article.figures(sentence);
        for (Side side : of(article, sentence)) {
            List<QuantitySpan> told = figures.stream().filter(f -> f.disagreement == side.disagreement())
                    .map(Figure::figure).toList();
            Optional<QuantitySpan> stated = own.stream().filter(q -> figures.stream().anyMatch(f ->
                    f.disagreement == side.disagreement() && f.side == side.side()
                            && QuantitySpan.givesOneOf(List.of(f.figure), List.of(q)))).findFirst();
            if (stated.isEmpty() || told.isEmpty()) {
                continue;
            }
            QuantitySpan low = told.stream().min(java.util.Comparator.comparingDouble(QuantitySpan::value)).get();
            QuantitySpan high = told.stream().max(java.util.Comparator.comparingDouble(QuantitySpan::value)).get();
            if (low.value() < high.value()) {
                spreads.add(new Spread(stated.get(), low, high));
            }
        }
        return spreads;
    }

    /**
     * True when one of {@code own} gives {@code f}'s value as a count of another noun the disagreement counts: the
     * disagreement set "Around 2,000 people" against "About 1,200 residents", so it counts people and residents as
     * one, and "about 1,200 people" takes the residents' side though it names its noun as the other side does.
     */
    private boolean givesOfAnotherNoun(Figure f, List<QuantitySpan> own) {
        for (QuantitySpan q : own) {
            if (q.value() == f.figure.value() && !q.sameKindAs(f.figure) && figures.stream()
                    .anyMatch(g -> g.disagreement == f.disagreement && g.side != f.side && g.figure.sameKindAs(q))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The articles that state another figure for what {@code sides} give: for each disagreement a sentence takes a side
     * of, the sources of the claims of its other sides, unless they also give the sentence's own figure (an article
     * that tells the count rising, or quotes both, does not contradict it). Such an article's alike sentence tells the
     * same event with another figure: it is no backing for the figure the line states ("About 35000 homes" is not
     * backed by the outlet whose only count is 30000).
     */
    java.util.Set<String> sourcesAgainst(List<Side> sides) {
        java.util.Set<String> against = new java.util.HashSet<>();
        for (Side side : sides) {
            java.util.Set<String> with = new java.util.HashSet<>();
            java.util.Set<String> other = new java.util.HashSet<>();
            for (Stated c : stated) {
                if (c.disagreement == side.disagreement()) {
                    (c.side == side.side() ? with : other).add(c.source);
                }
            }
            other.removeAll(with);
            against.addAll(other);
        }
        return against;
    }

    /** True when some side of {@code a} and some side of {@code b} are two sides of one disagreement. */
    public static boolean against(List<Side> a, List<Side> b) {
        return a.stream().anyMatch(x -> b.stream().anyMatch(y -> x.disagreement() == y.disagreement()
                && x.side() != y.side()));
    }

    /** The figure a claim gives, read from its sentence in its article. */
    private static Optional<QuantitySpan> figureOf(AnalyzedArticle article, Claim claim) {
        if (article == null) {
            return Optional.empty();
        }
        for (Sentence sentence : article.sentences()) {
            if (sentence.text().equals(claim.text())) {
                return article.figures(sentence).stream().filter(q -> q.text().equals(claim.statement())).findFirst();
            }
        }
        return Optional.empty();
    }
}
