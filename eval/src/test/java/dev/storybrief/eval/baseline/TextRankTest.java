package dev.storybrief.eval.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.storybrief.analyze.terms.TermChains;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextRankTest {

    @Test
    void similarityIsSharedWordsOverTheSumOfLogLengths() {
        // 2 shared words (cat, chase); lengths 4 and 3: 2 / (ln 4 + ln 3) = 2 / ln 12
        List<String> a = List.of("cat", "chase", "mice", "quickli");
        List<String> b = List.of("dog", "chase", "cat");
        assertThat(TextRankBaseline.similarity(a, b)).isCloseTo(2 / Math.log(12), within(1e-12));
        assertThat(TextRankBaseline.similarity(a, b)).isCloseTo(0.804859, within(1e-6));
        assertThat(TextRankBaseline.similarity(b, a)).isEqualTo(TextRankBaseline.similarity(a, b));
    }

    @Test
    void repeatsCountInTheLengthButOnceInTheOverlap() {
        // shared {x}; lengths 3 and 2: 1 / (ln 3 + ln 2) = 1 / ln 6
        assertThat(TextRankBaseline.similarity(List.of("x", "x", "y"), List.of("x", "z")))
                .isCloseTo(1 / Math.log(6), within(1e-12));
    }

    @Test
    void oneWordSentencesAndDisjointSentencesWeighNothing() {
        assertThat(TextRankBaseline.similarity(List.of("x"), List.of("x"))).isZero();
        assertThat(TextRankBaseline.similarity(List.of("x", "y"), List.of("z", "w"))).isZero();
        assertThat(TextRankBaseline.similarity(List.of(), List.of("z", "w"))).isZero();
    }

    @Test
    void wordsAreCoreEnglishTerms() {
        List<String> a = TermChains.english().terms("The cats chased the mice quickly.");
        List<String> b = TermChains.english().terms("Dogs chase cats.");
        assertThat(a).containsExactly("cat", "chase", "mice", "quickli");
        assertThat(b).containsExactly("dog", "chase", "cat");
        assertThat(TextRankBaseline.similarity(a, b)).isCloseTo(2 / Math.log(12), within(1e-12));
    }

    @Test
    void theHubSentenceOfAHandMadeStoryRanksFirst() {
        // The first sentence of the second article shares words with every other sentence.
        dev.storybrief.model.Story story = Stories.of("tr",
                "Storm winds toppled power lines across the county overnight. Schools stayed closed on Friday.",
                "Storm winds toppled power lines and closed schools across the county. A bakery sold bread.",
                "Crews repaired power lines in the county.");
        var summary = new TextRankBaseline().summarize(story, 12);
        assertThat(summary).hasSize(1);
        assertThat(summary.get(0).text()).isEqualTo(
                "Storm winds toppled power lines and closed schools across the county.");
    }
}
