package dev.storybrief.model.vector;

import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.Sentence;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * TF-IDF vectors of every sentence of a set of articles (a view of one story), with IDF taken over those
 * sentences, so that what is common to the whole story weighs less than what ties two particular sentences
 * together; and the centroid of them all. Built once per view from the articles' term layer; every part of the
 * briefing reads the same index.
 */
public final class SentenceIndex {
    private final List<AnalyzedArticle> articles;
    private final Map<Sentence, TermVector> vectors = new HashMap<>();
    private final TfIdf tfIdf;
    private final Function<String, List<String>> termsOfText;
    private final TermVector centroid;

    /**
     * Indexes the sentences of the given articles (their term layer).
     *
     * @param termsOfText the term analysis of the articles' language, for texts outside them ({@link #vectorOf})
     */
    public SentenceIndex(List<AnalyzedArticle> articles, Function<String, List<String>> termsOfText) {
        this.articles = List.copyOf(articles);
        Map<Sentence, List<String>> terms = new IdentityHashMap<>();
        List<List<String>> all = new ArrayList<>();
        for (AnalyzedArticle article : articles) {
            for (Sentence sentence : article.sentences()) {
                List<String> t = article.termsOf(sentence);
                terms.put(sentence, t);
                all.add(t);
            }
        }
        tfIdf = new TfIdf(all);
        for (AnalyzedArticle article : articles) {
            for (Sentence sentence : article.sentences()) {
                vectors.put(sentence, tfIdf.vector(terms.get(sentence)));
            }
        }
        this.termsOfText = termsOfText;
        centroid = centroidOf(articles);
    }

    /** The articles indexed. */
    public List<AnalyzedArticle> articles() {
        return articles;
    }

    /** The vector of an indexed sentence. */
    public TermVector vector(Sentence sentence) {
        TermVector v = vectors.get(sentence);
        if (v == null) {
            throw new IllegalArgumentException("sentence not indexed: " + sentence.articleId() + "#" + sentence.index());
        }
        return v;
    }

    /** The vector of any text under these statistics, analysed like the articles' sentences. */
    public TermVector vectorOf(String text) {
        return tfIdf.vector(termsOfText.apply(text));
    }

    /** The centroid of every indexed sentence: the normalised sum of their vectors. */
    public TermVector centroid() {
        return centroid;
    }

    /** The centroid of the sentences of some of the indexed articles, under this index's statistics. */
    public TermVector centroidOf(List<AnalyzedArticle> some) {
        Map<String, Double> sum = new HashMap<>();
        for (AnalyzedArticle article : some) {
            for (Sentence sentence : article.sentences()) {
                vector(sentence).weights().forEach((t, w) -> sum.merge(t, w, Double::sum));
            }
        }
        return TermVector.normalised(sum);
    }
}
