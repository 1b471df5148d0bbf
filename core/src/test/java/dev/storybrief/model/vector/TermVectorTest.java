package dev.storybrief.model.vector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.storybrief.TestSeed;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(TestSeed.class)
class TermVectorTest {
    private static final List<String> WORDS = List.of("bridg", "span", "corros", "engin", "mayor", "river", "inspect",
            "close", "repair", "budget", "traffic", "ferri", "harbor", "state", "report", "injur", "collaps", "steel");

    private static List<String> randomTerms(Random random) {
        List<String> terms = new ArrayList<>();
        int n = 1 + random.nextInt(12);
        for (int i = 0; i < n; i++) {
            terms.add(WORDS.get(random.nextInt(WORDS.size())));
        }
        return terms;
    }

    private static TermVector viaMaps(TermVector v) {
        return TermVector.normalised(new HashMap<>(v.weights()));
    }

    /**
     * Vectors of one TF-IDF vocabulary compare by merging numbered terms; the result is the dot product of the
     * weight maps, whatever the term order, for random texts from the run's seed.
     */
    @Test
    void numberedAndMappedComparisonsAgree() {
        long seed = TestSeed.value();
        Random random = new Random(seed);
        List<List<String>> texts = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            texts.add(randomTerms(random));
        }
        TfIdf tfIdf = new TfIdf(texts);
        for (int i = 0; i < texts.size(); i++) {
            for (int j = 0; j < texts.size(); j++) {
                TermVector a = tfIdf.vector(texts.get(i));
                TermVector b = tfIdf.vector(texts.get(j));
                assertThat(a.cosine(b)).as("seed %d, texts %d and %d", seed, i, j)
                        .isCloseTo(viaMaps(a).cosine(viaMaps(b)), within(1e-12))
                        .isCloseTo(b.cosine(a), within(1e-12))
                        .isBetween(0.0, 1.0 + 1e-12);
                assertThat(a.sharedTerms(b)).isEqualTo(viaMaps(a).sharedTerms(viaMaps(b)));
            }
            assertThat(tfIdf.vector(texts.get(i)).cosine(tfIdf.vector(texts.get(i)))).isCloseTo(1.0, within(1e-12));
        }
    }

    @Test
    void vectorsOfDifferentVocabulariesOrWithUnknownTermsStillCompareByTerm() {
        TfIdf one = new TfIdf(List.of(List.of("bridg", "span"), List.of("river")));
        TfIdf other = new TfIdf(List.of(List.of("river", "ferri"), List.of("span", "bridg")));
        TermVector a = one.vector(List.of("bridg", "span"));
        TermVector b = other.vector(List.of("span", "bridg"));
        assertThat(a.cosine(b)).isCloseTo(1.0, within(1e-12));
        TermVector unknown = one.vector(List.of("bridg", "harbor"));
        assertThat(unknown.sharedTerms(a)).isEqualTo(1);
        assertThat(unknown.cosine(a)).isGreaterThan(0).isLessThan(1);
        Map<String, Double> centroid = new HashMap<>(a.weights());
        centroid.merge("river", 0.5, Double::sum);
        assertThat(TermVector.normalised(centroid).cosine(a)).isGreaterThan(0.8).isLessThan(1);
    }
}
