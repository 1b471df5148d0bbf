package dev.storybrief.brief;

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
 * undisputed core, and the disagreement is told below it.
 */
final class DisputedFigures {
    private final List<QuantitySpan> figures;

    private DisputedFigures(List<QuantitySpan> figures) {
        this.figures = figures;
    }

    /**
     * The figures of the number disagreements: each claim's figures within the part that differs (its statement),
     * read by the quantity rules of the claim's article's language.
     */
    static DisputedFigures of(List<Disagreement> disagreements, Story story) {
        Map<String, String> languages = new LinkedHashMap<>();
        story.articles(StoryView.ALL).forEach(a -> languages.put(a.id(), a.language()));
        List<QuantitySpan> figures = new ArrayList<>();
        for (Disagreement disagreement : disagreements) {
            if (disagreement.kind() != DisagreementKind.NUMBER) {
                continue;
            }
            for (Claim claim : disagreement.claims()) {
                String language = languages.getOrDefault(claim.source(), story.language());
                if (!QuantityRules.supports(language)) {
                    continue;
                }
                int from = claim.text().indexOf(claim.statement());
                int to = from < 0 ? claim.text().length() : from + claim.statement().length();
                int start = Math.max(from, 0);
                QuantityRules.forLanguage(language).extract(claim.text(), 0, 0).stream()
                        .filter(q -> q.start() >= start && q.end() <= to)
                        .forEach(figures::add);
            }
        }
        return new DisputedFigures(figures);
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
        if (figures.isEmpty() || text == null || !QuantityRules.supports(article.language())) {
            return false;
        }
        List<QuantitySpan> own = QuantityRules.forLanguage(article.language()).extract(text, 0, 0);
        return !own.isEmpty() && QuantitySpan.givesOneOf(own, figures);
    }
}
