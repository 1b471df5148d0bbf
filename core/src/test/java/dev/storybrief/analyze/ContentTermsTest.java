package dev.storybrief.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContentTermsTest {
    @Test
    void dropsStopWordsAndStems() {
        assertThat(ContentTerms.of("The bombing runs were stopped by NATO's allies."))
                .containsExactly("bomb", "run", "stop", "nato", "alli");
    }

    @Test
    void keepsNumbersWholeAndSplitsOnPunctuation() {
        assertThat(ContentTerms.of("more than 26,000 sorties; don’t")).containsExactly("26000", "sorti", "don");
    }

    @Test
    void cosineOfParaphrasesBeatsUnrelatedText() {
        TfIdf tfIdf = new TfIdf(java.util.List.of(ContentTerms.of("a"), ContentTerms.of("b")));
        TermVector a = tfIdf.vector(ContentTerms.of("The UN voted to end the mandate for the NATO mission."));
        TermVector b = tfIdf.vector(ContentTerms.of("The United Nations voted to end its mandate for NATO's mission."));
        TermVector c = tfIdf.vector(ContentTerms.of("Oil exports rose sharply in the spring."));
        assertThat(a.cosine(b)).isGreaterThan(0.5);
        assertThat(a.cosine(c)).isZero();
        assertThat(a.cosine(a)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
    }
}
