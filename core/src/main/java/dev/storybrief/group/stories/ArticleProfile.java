package dev.storybrief.group.stories;

import java.util.EnumMap;
import java.util.Map;

/**
 * One distinct article as story grouping sees it: per {@link Facet}, its TF-IDF vector under the IDF of its arrival
 * (to compare it with stories) and its term-frequency vector over the same keys (to add to a story's centroid).
 */
final class ArticleProfile {
    private final Map<Facet, SparseVector.Weighted> vectors;

    ArticleProfile(Map<Facet, SparseVector.Weighted> vectors) {
        this.vectors = new EnumMap<>(vectors);
    }

    /** The facet's TF-IDF vector, unit length (empty when the article has no such key). */
    SparseVector tfIdf(Facet facet) {
        return vectors.get(facet).tfIdf();
    }

    /** The facet's term-frequency vector over the keys of {@link #tfIdf(Facet)}. */
    SparseVector tf(Facet facet) {
        return vectors.get(facet).tf();
    }
}
