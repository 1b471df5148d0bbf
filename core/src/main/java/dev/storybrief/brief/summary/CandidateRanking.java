package dev.storybrief.brief.summary;

import dev.storybrief.brief.OpinionPieces;
import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.Sentence;
import dev.storybrief.model.Story;
import dev.storybrief.model.vector.SentenceIndex;
import dev.storybrief.model.vector.TermVector;
import dev.storybrief.model.Words;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The summary's candidates, ranked: each sentence the filter accepts, trimmed, scored by its centrality, the outlets
 * that say the same, how closely the rest come to it and how early it comes in its article.
 */
final class CandidateRanking {
    /** How many years before its article's date a sentence's dates must all end for it to tell only history. */
    static final int HISTORY_YEARS = 1;
    /** Taken from a history sentence's score: more than a score's whole range (centrality up to 1 plus the weights). */
    static final double HISTORY_PENALTY = 2.0;
    private final CandidateFilter filter;
    private final StorySummarizer.Weights weights;
    private final SentenceTrimmer trimmer;
    /** For a statement only one outlet makes, who made it stays part of it. */
    private final SentenceTrimmer loneSourceTrimmer;

    CandidateRanking(CandidateFilter filter, StorySummarizer.Weights weights, SentenceTrimmer trimmer) {
        this.filter = filter;
        this.weights = weights;
        this.trimmer = trimmer;
        this.loneSourceTrimmer = trimmer.without(SentenceTrimmer.Rule.ATTRIBUTION_TAIL);
    }

    /** The candidates of the articles, best first (a live blog's after the reports'). */
    List<SummaryCandidate> rank(Story story, List<AnalyzedArticle> articles, SentenceIndex index, TermVector centroid) {
        int others = Math.max(1, articles.size() - 1);
        List<SummaryCandidate> ranked = new ArrayList<>();
        var inStoryLanguage = story.inStoryLanguage();
        // a column argues its writer's view and an advertorial its sponsor's: beside reports, a summary of the news
        // leaves them out, as they would pass for fact (a story told only in columns is still summarised from them)
        boolean reports = articles.stream().anyMatch(a -> !OpinionPieces.isNotReport(a.article()));
        for (AnalyzedArticle article : articles) {
            if (!inStoryLanguage.test(article) || reports && OpinionPieces.isNotReport(article.article())) {
                continue;
            }
            int position = 0;
            for (Sentence sentence : article.sentences()) {
                if (!filter.accepts(article, sentence) || StaleEntries.isStale(article, sentence)) {
                    continue;
                }
                double central = index.vector(sentence).cosine(centroid);
                double support = Math.min(1.0, story.supportOf(sentence).size() / (double) others);
                double early = 1.0 / (1.0 + LeadDistance.of(article, sentence, position) / 3.0);
                SentenceTrimmer trimming = story.backingOf(sentence).isEmpty() ? loneSourceTrimmer : trimmer;
                if (!CandidateTrimming.daysDated(article, sentence)) {
                    trimming = trimming.without(SentenceTrimmer.Rule.RELATIVE_DAY);
                }
                String text = trimming.trim(sentence.text());
                if (CandidateTrimming.leavesAnotherDay(article, sentence, text)) {
                    trimming = trimming.without(SentenceTrimmer.Rule.RELATIVE_DAY);
                    text = trimming.trim(sentence.text());
                }
                // a day ahead that the trimming cut is what the line announces: it stays, with its date beside it
                String dated = AheadDays.dated(article, sentence, text);
                if (dated != null) {
                    text = trimming.trim(dated);
                }
                ranked.add(new SummaryCandidate(article, sentence, text, Words.count(text), central
                        + weights.support() * support + weights.corroboration() * story.corroborationOf(sentence)
                        + weights.position() * early, trimming));
                position++;
            }
        }
        // a live blog's entries, told as the story unfolded, come after the reports that tell it whole (ReportsFirst);
        // and what happened years before the article's date, after the news of any kind
        java.util.Set<String> deferred = ReportsFirst.deferred(articles);
        // history also scores below every news candidate, for the developing story's choice by score
        java.util.Set<SummaryCandidate> history = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (int i = 0; i < ranked.size(); i++) {
            SummaryCandidate s = ranked.get(i);
            if (isHistory(s)) {
                SummaryCandidate lowered = s.withScore(s.score() - HISTORY_PENALTY);
                ranked.set(i, lowered);
                history.add(lowered);
            }
        }
        ranked.sort(Comparator.comparing((SummaryCandidate s) -> history.contains(s))
                .thenComparing((SummaryCandidate s) -> deferred.contains(s.sentence().articleId()))
                .thenComparing(Comparator.comparingDouble(SummaryCandidate::score).reversed())
                .thenComparing(s -> s.sentence().articleId()).thenComparingInt(s -> s.sentence().index()));
        return ranked;
    }

    /**
     * True for a sentence that tells only history: it names dates and every one ends more than {@link #HISTORY_YEARS}
     * before its article's date ("In 1886, the blast furnace was extended"). A report tells the news first and looks
     * back for context; a long read may look back for pages, and its chronology, told in the same words year after
     * year, would pass for the centre of the story. What is years old is the news's background: the summary takes it
     * once the news of the story, from any article, is taken. A date of recent weeks or months (the loan refused "in
     * October") is part of the news.
     */
    private static boolean isHistory(SummaryCandidate s) {
        LocalDate published = s.article().article().published();
        return published != null
                && SummaryReadingOrder.tellsOnlyBefore(s.article(), s.sentence(), published.minusYears(HISTORY_YEARS));
    }
}
