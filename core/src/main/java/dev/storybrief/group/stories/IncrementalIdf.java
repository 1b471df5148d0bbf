package dev.storybrief.group.stories;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Document frequencies that grow with the stream: each article counts once per distinct term, and the inverse
 * document frequency of a term is computed from the articles seen so far, so no pass over the whole corpus is needed.
 */
final class IncrementalIdf {
    private final Map<String, Integer> documentFrequency = new HashMap<>();
    private int documents;

    /** Counts one more article with these distinct terms. */
    void count(Collection<String> distinctTerms) {
        documents++;
        for (String term : distinctTerms) {
            documentFrequency.merge(term, 1, Integer::sum);
        }
    }

    /** Number of articles counted so far that hold the term. */
    int documentFrequency(String term) {
        return documentFrequency.getOrDefault(term, 0);
    }

    /** Smoothed inverse document frequency over the articles counted so far. */
    double idf(String term) {
        return Math.log((1.0 + documents) / (1.0 + documentFrequency.getOrDefault(term, 0))) + 1.0;
    }
}
