package dev.storybrief.model.vector;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * Inverse document frequencies over a set of texts (here: the sentences of one story), and the TF-IDF vectors
 * they give. A term in every sentence weighs little; a rare shared term ties two sentences together.
 */
public final class TfIdf {
    private final Map<String, Integer> documentFrequency = new HashMap<>();
    /** Each term seen, numbered in order of first sight: the vocabulary the vectors' numbered form uses. */
    private final Map<String, Integer> vocabulary = new HashMap<>();
    private final int documents;

    /** Statistics over the given term lists, one per text. */
    public TfIdf(Collection<List<String>> texts) {
        for (List<String> terms : texts) {
            for (String term : new HashSet<>(terms)) {
                documentFrequency.merge(term, 1, Integer::sum);
                vocabulary.putIfAbsent(term, vocabulary.size());
            }
        }
        this.documents = texts.size();
    }

    /** Smoothed inverse document frequency of a term. */
    public double idf(String term) {
        return Math.log((1.0 + documents) / (1.0 + documentFrequency.getOrDefault(term, 0))) + 1.0;
    }

    /** The normalised TF-IDF vector of a term list. */
    public TermVector vector(List<String> terms) {
        Map<String, Double> raw = new HashMap<>();
        for (String term : terms) {
            raw.merge(term, 1.0, Double::sum);
        }
        raw.replaceAll((term, tf) -> tf * idf(term));
        return vocabulary.keySet().containsAll(raw.keySet())
                ? TermVector.normalised(raw, vocabulary) : TermVector.normalised(raw);
    }
}
