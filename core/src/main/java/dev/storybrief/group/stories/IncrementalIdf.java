package dev.storybrief.group.stories;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Document frequencies that grow with the stream: each article counts once per distinct term, and the inverse
 * document frequency of a term is computed from the articles seen so far, so no pass over the whole corpus is needed.
 *
 * <p>A stream of fewer articles than {@code leastDocuments} is weighed as if it held that many, the others holding
 * none of its terms. A reader's folder of one or two stories has each story's own words (its places, its people, its
 * event) in most of its articles; counted as common words they would weigh least, and the articles of one story would
 * look far apart. Those words are rare in the news at large, which a folder is a small sample of.
 */
final class IncrementalIdf {
    private final Map<String, Integer> documentFrequency = new HashMap<>();
    private final int leastDocuments;
    private int documents;

    /** Frequencies of a stream whose IDF counts every article it has seen. */
    IncrementalIdf() {
        this(0);
    }

    /** Frequencies of a stream whose IDF counts at least {@code leastDocuments} articles. */
    IncrementalIdf(int leastDocuments) {
        this.leastDocuments = leastDocuments;
    }

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
        return Math.log((1.0 + Math.max(documents, leastDocuments)) / (1.0 + documentFrequency.getOrDefault(term, 0)))
                + 1.0;
    }
}
