package dev.storybrief.brief.disagreement;

import dev.storybrief.brief.correction.Correction;
import dev.storybrief.brief.correction.Corrections;
import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.Claim;
import dev.storybrief.model.Disagreement;
import dev.storybrief.model.DisagreementKind;
import dev.storybrief.model.Story;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The figures a later report withdrew ({@link Corrections}: three outlets say "53 dead" on Monday, one says on Tuesday
 * the toll was "revised down to 35"): no side of a dispute, but a correction. They leave the figures the dispute
 * search compares, and the pair is shown as what it is: the corrected figure credited to the report that corrects it,
 * the withdrawn one marked withdrawn ({@link DisagreementKind#CORRECTION}). A figure of the count that neither is
 * ("34" from another outlet the day after) is still compared with the corrected one.
 */
final class WithdrawnFigures {
    private final Story story;
    private final List<Correction> corrections;
    private final Map<String, AnalyzedArticle> articles = new LinkedHashMap<>();

    /** The corrections of {@code story} as they bear on the figures of {@code compared}, the articles compared. */
    WithdrawnFigures(Story story, List<Correction> corrections, List<AnalyzedArticle> compared) {
        this.story = story;
        this.corrections = corrections;
        compared.forEach(a -> articles.put(a.id(), a));
    }

    /** The story's corrections, found once for every period its figures are compared in. */
    static List<Correction> of(Story story) {
        return Corrections.of(story);
    }

    /** The figures of {@code key} without those a correction withdraws. */
    List<StatedFigure> without(String key, List<StatedFigure> stated) {
        if (corrections.stream().noneMatch(c -> c.key().equals(key))) {
            return stated;
        }
        return new ArrayList<>(stated.stream().filter(s -> withdrawing(key, s).isEmpty()).toList());
    }

    /**
     * Each correction of {@code key} whose withdrawn figure an earlier report among the compared ones states, as the
     * briefing shows it: topic "people killed: 53 corrected to 35 (Northern Wire, 2026-11-04)", the correcting
     * report's claim on side 0, the reports of the withdrawn figure on side 1.
     */
    List<Disagreement> told(String key, List<StatedFigure> stated) {
        List<Disagreement> told = new ArrayList<>();
        for (Correction c : corrections) {
            if (!c.key().equals(key)) {
                continue;
            }
            DisagreementClaims withdrawn = new DisagreementClaims(story);
            // the correcting report's own retelling ("had earlier given the toll as 53") is no report of the figure
            stated.stream().filter(s -> !s.articleId().equals(c.by().id())
                    && withdrawing(key, s).filter(c::equals).isPresent()).forEach(withdrawn::add);
            if (withdrawn.size() == 0) {
                continue;
            }
            DisagreementClaims correcting = new DisagreementClaims(story);
            stated.stream().filter(s -> s.quantity().value() == c.corrected() && laterOrSame(s.articleId(), c))
                    .sorted((a, b) -> Boolean.compare(!a.articleId().equals(c.by().id()), !b.articleId().equals(c.by().id())))
                    .forEach(correcting::add);
            List<Claim> claims = new ArrayList<>(correcting.claims().stream().map(claim -> claim.onSide(0)).toList());
            if (!correcting.holds(c.by().id())) {
                // a notice's sentences give no count the quantity layer keys ("The correct figure is 35"): its words
                Optional<String> words = Corrections.correctingText(c);
                if (words.isEmpty()) {
                    continue;
                }
                String figure = Corrections.bareFigure(words.get(), c.corrected());
                claims.add(0, new Claim(words.get(), c.by().id(), figure != null ? figure : c.correctedText(), null, 0));
            }
            withdrawn.claims().forEach(claim -> claims.add(claim.onSide(1)));
            told.add(new Disagreement(FigureTopics.topic(key, withdrawn.units()) + ": " + c.retractedText()
                    + " corrected to " + c.correctedText() + " (" + c.credit() + ")", DisagreementKind.CORRECTION, claims));
        }
        return told;
    }

    /** The correction that withdraws the stated figure, when one does. */
    private Optional<Correction> withdrawing(String key, StatedFigure s) {
        AnalyzedArticle article = articles.get(s.articleId());
        return article == null ? Optional.empty() : corrections.stream()
                .filter(c -> c.withdraws(article, key, s.quantity().value())).findFirst();
    }

    /** True when the article is the correcting report, or came out the same day or after it. */
    private boolean laterOrSame(String articleId, Correction c) {
        AnalyzedArticle article = articles.get(articleId);
        if (articleId.equals(c.by().id())) {
            return true;
        }
        LocalDate day = article == null ? null : Corrections.dateOf(article);
        return day != null && !day.isBefore(Corrections.dateOf(c.by()));
    }
}
