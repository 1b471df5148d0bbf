package dev.storybrief.group.stories;

import dev.storybrief.analyze.terms.TermChains;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An article's unit-length TF-IDF vector over its heaviest content terms, heaviest first (ties in term order, so the
 * vector does not depend on hash order).
 *
 * @param terms   the terms, heaviest first
 * @param weights their weights, same order; the squares sum to 1
 */
record SparseVector(String[] terms, double[] weights) {
    private static final dev.storybrief.analyze.language.LanguageIdentifier LANGUAGES =
            new dev.storybrief.analyze.language.LanguageIdentifier();

    /**
     * The vectors of a text: sublinear term frequency times the stream's current IDF (after counting the text in it)
     * over the {@code keep} heaviest terms, and the term frequencies alone over the same terms.
     */
    static Weighted of(String text, IncrementalIdf idf, int keep) {
        Map<String, Integer> tf = termFrequencies(text);
        idf.count(tf.keySet());
        return weigh(tf, idf, keep);
    }

    /**
     * How often each content term occurs in the text, in order of first occurrence; terms from the chain of the
     * text's language (English prose is recognised without the language model).
     */
    static Map<String, Integer> termFrequencies(String text) {
        return termFrequencies(text, languageOf(text));
    }

    /** The language code of a text, as {@link #termFrequencies(String)} reads it. */
    static String languageOf(String text) {
        return LANGUAGES.identify(text).code();
    }

    /** How often each content term of the chain of {@code language} occurs in the text. */
    static Map<String, Integer> termFrequencies(String text, String language) {
        Map<String, Integer> tf = new LinkedHashMap<>();
        for (String term : TermChains.standard().forLanguage(language).terms(text)) {
            tf.merge(term, 1, Integer::sum);
        }
        return tf;
    }

    /** The vectors of term frequencies under the current IDF (which has counted them already). */
    static Weighted weigh(Map<String, Integer> tf, IncrementalIdf idf, int keep) {
        Map<String, Double> raw = new LinkedHashMap<>();
        tf.forEach((term, count) -> raw.put(term, (1 + Math.log(count)) * idf.idf(term)));
        SparseVector tfIdf = heaviest(raw, keep);
        Map<String, Double> frequencies = new LinkedHashMap<>();
        for (String term : tfIdf.terms()) {
            frequencies.put(term, 1 + Math.log(tf.get(term)));
        }
        return new Weighted(tfIdf, heaviest(frequencies, keep));
    }

    /**
     * An article's two vectors.
     *
     * @param tfIdf TF-IDF under the IDF when the article arrived, to compare the article with stories
     * @param tf    term frequencies of the same terms, to add to a story's centroid, which is weighted by the IDF of
     *              the moment it is compared (IDF from the start of a stream is unreliable; this way it does not stick)
     */
    record Weighted(SparseVector tfIdf, SparseVector tf) {
    }

    /** The {@code keep} heaviest entries of raw weights, normalised to unit length. */
    static SparseVector heaviest(Map<String, Double> raw, int keep) {
        List<Map.Entry<String, Double>> entries = new ArrayList<>(raw.entrySet());
        entries.sort(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()));
        int n = Math.min(keep, entries.size());
        String[] terms = new String[n];
        double[] weights = new double[n];
        double norm = 0;
        for (int i = 0; i < n; i++) {
            terms[i] = entries.get(i).getKey();
            weights[i] = entries.get(i).getValue();
            norm += weights[i] * weights[i];
        }
        norm = Math.sqrt(norm);
        for (int i = 0; i < n && norm > 0; i++) {
            weights[i] /= norm;
        }
        return new SparseVector(terms, weights);
    }

    /** Number of terms. */
    int size() {
        return terms.length;
    }

    /** The vector as a term-to-weight map, heaviest first. */
    Map<String, Double> asMap() {
        Map<String, Double> map = new LinkedHashMap<>();
        for (int i = 0; i < terms.length; i++) {
            map.put(terms[i], weights[i]);
        }
        return map;
    }
}
