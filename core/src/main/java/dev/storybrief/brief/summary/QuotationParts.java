package dev.storybrief.brief.summary;

import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.Sentence;
import dev.storybrief.model.Story;
import dev.storybrief.model.vector.SentenceIndex;
import dev.storybrief.model.vector.TermVector;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A quotation of several sentences scored by its sentences. The analysis keeps such a quotation with the attribution
 * that closes it as one sentence ({@code "It is heartbreaking. This library has stood for 140 years," said ...}), so
 * that a reader gets the speaker; but as one longer vector it comes less close to the story's centre, and to what
 * other outlets say, than any one of its sentences: another outlet quotes one of them, or tells in its own words what
 * one of them says. Ranked whole, a quotation, and the sentence of another outlet it backs, would fall behind a
 * single outlet's line (the bundled NATO example: its two-outlet statement dropped from the 120-word summary).
 *
 * <p>So a quotation's centrality is that of its most central inner sentence, and how closely another article comes
 * to a sentence counts the inner sentences of that article's quotations as well as its whole sentences. The story's
 * index, which every other part reads, is unchanged: the inner sentences are weighed by its statistics
 * ({@link SentenceIndex#vectorOf}), only for this ranking.
 */
final class QuotationParts {
    /** An inner sentence break: an end mark, maybe a closing mark, space, then a capital or an opening mark. */
    private static final Pattern BREAK = Pattern.compile("(?<=[.!?…])[\"”»“]?\\s+(?=[\"“„«]?\\p{Lu})");
    private static final String MARKS = "\"“”„«»";

    private final SentenceIndex index;
    /** For each sentence that is a quotation of several sentences, its inner sentences' vectors. */
    private final Map<Sentence, List<TermVector>> parts = new HashMap<>();
    /** The articles each article's alike sentences are looked for in, with how many of them count. */
    private final Map<String, List<AnalyzedArticle>> peers = new java.util.HashMap<>();
    private final Map<String, List<AnalyzedArticle>> allPeers = new java.util.HashMap<>();
    private final Map<String, Integer> peerCount = new java.util.HashMap<>();

    QuotationParts(Story story, List<AnalyzedArticle> articles, SentenceIndex index) {
        this.index = index;
        for (AnalyzedArticle article : articles) {
            for (Sentence sentence : article.sentences()) {
                List<String> inner = innerSentences(sentence.text());
                if (inner.size() > 1) {
                    parts.put(sentence, inner.stream().map(index::vectorOf).filter(v -> !v.isEmpty()).toList());
                }
            }
        }
        if (parts.isEmpty()) {
            return;
        }
        // as the story's corroboration counts: the other articles of the same period, columns beside reports left out
        Set<String> muted = dev.storybrief.brief.OpinionPieces.notReportsBesideReports(articles);
        for (AnalyzedArticle article : articles) {
            boolean later = story.laterArticles().contains(article.id());
            List<AnalyzedArticle> same = articles.stream().filter(a -> a != article
                    && story.laterArticles().contains(a.id()) == later).toList();
            peerCount.put(article.id(), same.size() - (int) same.stream().filter(a -> muted.contains(a.id())).count());
            List<AnalyzedArticle> counted = same.stream().filter(a -> !muted.contains(a.id())).toList();
            allPeers.put(article.id(), counted);
            peers.put(article.id(), counted.stream()
                    .filter(a -> a.sentences().stream().anyMatch(parts::containsKey)).toList());
        }
    }

    /** The sentences of a text split at the breaks inside it; one item for a text of one sentence. */
    static List<String> innerSentences(String text) {
        if (text.chars().noneMatch(c -> MARKS.indexOf(c) >= 0)) {
            return List.of(text);
        }
        List<String> out = new ArrayList<>();
        for (String part : BREAK.split(text)) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
        return out.isEmpty() ? List.of(text) : out;
    }

    /** The sentence's cosine with the centre: a quotation's, that of its most central inner sentence. */
    double centrality(Sentence sentence, TermVector centre) {
        double best = index.vector(sentence).cosine(centre);
        for (TermVector part : parts.getOrDefault(sentence, List.of())) {
            best = Math.max(best, part.cosine(centre));
        }
        return best;
    }

    /**
     * The sentence's corroboration ({@link Story#corroborationOf}) with, for each other article holding quotations,
     * what its quotations' inner sentences come closer than its whole sentences (a quotation's own inner sentences
     * compared each): the mean over the same articles, so a sentence no quotation concerns keeps its value.
     */
    double corroboration(Story story, Sentence sentence) {
        double base = story.corroborationOf(sentence);
        if (parts.isEmpty()) {
            return base;
        }
        List<TermVector> own = parts.getOrDefault(sentence, List.of(index.vector(sentence)));
        List<AnalyzedArticle> others = peers.getOrDefault(sentence.articleId(), List.of());
        boolean quotation = parts.containsKey(sentence);
        if (others.isEmpty() && !quotation) {
            return base;
        }
        int count = peerCount.getOrDefault(sentence.articleId(), 0);
        if (count <= 0) {
            return base;
        }
        // a quotation of its own: every other article is compared part by part
        List<AnalyzedArticle> compared = quotation ? peersOf(sentence) : others;
        double gain = 0;
        TermVector whole = index.vector(sentence);
        for (AnalyzedArticle other : compared) {
            double wholeBest = 0;
            double partBest = 0;
            for (Sentence theirs : other.sentences()) {
                TermVector vector = index.vector(theirs);
                wholeBest = Math.max(wholeBest, whole.cosine(vector));
                List<TermVector> their = parts.getOrDefault(theirs, List.of(vector));
                for (TermVector a : own) {
                    for (TermVector b : their) {
                        partBest = Math.max(partBest, a.cosine(b));
                    }
                }
            }
            gain += Math.max(0, partBest - wholeBest);
        }
        return base + gain / count;
    }

    /** Every article this sentence's corroboration counts (not only those holding quotations). */
    private List<AnalyzedArticle> peersOf(Sentence sentence) {
        return allPeers.getOrDefault(sentence.articleId(), List.of());
    }
}
