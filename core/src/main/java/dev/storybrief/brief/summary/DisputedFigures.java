package dev.storybrief.brief.summary;

import dev.storybrief.analyze.quantity.QuantityRules;
import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.Claim;
import dev.storybrief.model.Disagreement;
import dev.storybrief.model.DisagreementKind;
import dev.storybrief.model.QuantitySpan;
import dev.storybrief.model.Story;
import dev.storybrief.model.StoryView;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures a briefing's number disagreements set against each other, and whether a text states one of them. The
 * one test of "states a disputed figure" for the story's headline ({@link StoryHeadlines}) and the summary's opening
 * sentence ({@link SummaryReadingOrder#withUndisputedOpening}): what a reader takes in first states the story's
 * undisputed core, and the disagreement is told below it. The headline passes over any disputed figure (a title has
 * no room for "according to"); the opening only over a figure of the outnumbered side, as a summary states the figure
 * most outlets give.
 */
final class DisputedFigures {
    private final List<QuantitySpan> figures;
    /** The figures of a side that fewer outlets give than another side of its disagreement. */
    private final List<QuantitySpan> outnumbered;

    private DisputedFigures(List<QuantitySpan> figures, List<QuantitySpan> outnumbered) {
        this.figures = figures;
        this.outnumbered = outnumbered;
    }

    /**
     * The figures of the number disagreements: each claim's figures within the part that differs (its statement),
     * read by the quantity rules of the claim's article's language.
     */
    static DisputedFigures of(List<Disagreement> disagreements, Story story) {
        Map<String, String> languages = new LinkedHashMap<>();
        story.articles(StoryView.ALL).forEach(a -> languages.put(a.id(), a.language()));
        List<QuantitySpan> figures = new ArrayList<>();
        List<QuantitySpan> outnumbered = new ArrayList<>();
        for (Disagreement disagreement : disagreements) {
            if (disagreement.kind() != DisagreementKind.NUMBER) {
                continue;
            }
            // the reports of each side (one outlet's versions of a text are one; a claim with no side stands alone)
            Map<Integer, java.util.Set<String>> outlets = new java.util.HashMap<>();
            for (int i = 0; i < disagreement.claims().size(); i++) {
                Claim claim = disagreement.claims().get(i);
                outlets.computeIfAbsent(sideOf(claim, i), k -> new java.util.HashSet<>())
                        .add(story.reportOf(claim.source()));
            }
            int most = outlets.values().stream().mapToInt(java.util.Set::size).max().orElse(0);
            for (int i = 0; i < disagreement.claims().size(); i++) {
                Claim claim = disagreement.claims().get(i);
                boolean fewer = outlets.get(sideOf(claim, i)).size() < most;
                String language = languages.getOrDefault(claim.source(), story.language());
                if (!QuantityRules.supports(language)) {
                    continue;
                }
                int from = claim.text().indexOf(claim.statement());
                int to = from < 0 ? claim.text().length() : from + claim.statement().length();
                int start = Math.max(from, 0);
                List<QuantitySpan> stated = QuantityRules.forLanguage(language).extract(claim.text(), 0, 0).stream()
                        .filter(q -> q.start() >= start && q.end() <= to).toList();
                figures.addAll(stated);
                if (fewer) {
                    outnumbered.addAll(stated);
                }
            }
        }
        return new DisputedFigures(figures, outnumbered);
    }

    /** A claim's side, or a side of its own when claims have none. */
    private static int sideOf(Claim claim, int index) {
        return claim.side() >= 0 ? claim.side() : -1 - index;
    }

    /** True when there is no disputed figure. */
    boolean isEmpty() {
        return figures.isEmpty();
    }

    /**
     * True when the text (a title, a sentence of the article) gives one of the disputed figures (same kind and value,
     * rounding allowed), read by the quantity rules of the article's language.
     */
    boolean inText(AnalyzedArticle article, String text) {
        return gives(article, text, figures);
    }

    /**
     * True when the text gives a figure of a side fewer outlets take than another side of its disagreement: "14
     * injured" where two outlets say 23 is outnumbered, the 23 not; neither side of a tie is.
     */
    boolean outnumberedIn(AnalyzedArticle article, String text) {
        return gives(article, text, outnumbered);
    }

    private static boolean gives(AnalyzedArticle article, String text, List<QuantitySpan> these) {
        if (these.isEmpty() || text == null || !QuantityRules.supports(article.language())) {
            return false;
        }
        List<QuantitySpan> own = QuantityRules.forLanguage(article.language()).extract(text, 0, 0);
        return !own.isEmpty() && QuantitySpan.givesOneOf(own, these);
    }
}
