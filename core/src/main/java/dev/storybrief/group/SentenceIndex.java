package dev.storybrief.group;

import dev.storybrief.analyze.ContentTerms;
import dev.storybrief.analyze.TermVector;
import dev.storybrief.analyze.TfIdf;
import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.Sentence;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * TF-IDF vectors of every sentence of a story, with IDF taken over the story's own sentences, so that what is
 * common to the whole story weighs less than what ties two particular sentences together.
 */
public final class SentenceIndex {
    private final Map<Sentence, TermVector> vectors = new HashMap<>();
    private final TfIdf tfIdf;

    /** Indexes the sentences of the given articles. */
    public SentenceIndex(List<AnalyzedArticle> articles) {
        Map<Sentence, List<String>> terms = new HashMap<>();
        List<List<String>> all = new ArrayList<>();
        for (AnalyzedArticle article : articles) {
            for (Sentence sentence : article.sentences()) {
                List<String> t = ContentTerms.of(sentence.text());
                terms.put(sentence, t);
                all.add(t);
            }
        }
        tfIdf = new TfIdf(all);
        terms.forEach((sentence, t) -> vectors.put(sentence, tfIdf.vector(t)));
    }

    /** The vector of an indexed sentence. */
    public TermVector vector(Sentence sentence) {
        TermVector v = vectors.get(sentence);
        if (v == null) {
            throw new IllegalArgumentException("sentence not indexed: " + sentence.articleId() + "#" + sentence.index());
        }
        return v;
    }

    /** The vector of any text under this story's statistics. */
    public TermVector vectorOf(String text) {
        return tfIdf.vector(ContentTerms.of(text));
    }
}
