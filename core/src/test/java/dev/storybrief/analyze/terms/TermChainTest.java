package dev.storybrief.analyze.terms;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.model.vector.TermVector;
import dev.storybrief.model.vector.TfIdf;
import dev.storybrief.model.TermSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

class TermChainTest {
    private final TermChain english = TermChains.english();

    @Test
    void dropsStopWordsAndStems() {
        assertThat(english.terms("The bombing runs were stopped by NATO's allies."))
                .containsExactly("bomb", "run", "stop", "nato", "alli");
    }

    @Test
    void keepsNumbersWholeAndCutsAtTheApostrophe() {
        assertThat(english.terms("more than 26,000 sorties; don’t")).containsExactly("26000", "sorti", "don");
        assertThat(english.terms("a 3.5 percent rise")).containsExactly("3.5", "percent", "rise");
    }

    @Test
    void dropsSingleLettersButNotSingleDigits() {
        assertThat(english.terms("Plan B left 3 people")).containsExactly("plan", "left", "3", "peopl");
    }

    @Test
    void spansPointAtTheWordsInTheDocument() {
        String document = "Intro. NATO's bombing runs ended.";
        int offset = 7;
        List<TermSpan> spans = english.spans(document.substring(offset), offset);
        assertThat(spans).extracting(TermSpan::term).containsExactly("nato", "bomb", "run", "end");
        assertThat(spans).extracting(s -> document.substring(s.start(), s.end()))
                .containsExactly("NATO's", "bombing", "runs", "ended");
    }

    @Test
    void unknownLanguagesFallBackAndSaySo() {
        assertThat(TermChains.standard().has("en")).isTrue();
        assertThat(TermChains.standard().has("xx")).isFalse();
        assertThat(TermChains.standard().forLanguage("xx")).isSameAs(TermChains.standard().fallback());
    }

    @Test
    void cosineOfParaphrasesBeatsUnrelatedText() {
        TfIdf tfIdf = new TfIdf(List.of(english.terms("a"), english.terms("b")));
        TermVector a = tfIdf.vector(english.terms("The UN voted to end the mandate for the NATO mission."));
        TermVector b = tfIdf.vector(english.terms("The United Nations voted to end its mandate for NATO's mission."));
        TermVector c = tfIdf.vector(english.terms("Oil exports rose sharply in the spring."));
        assertThat(a.cosine(b)).isGreaterThan(0.5);
        assertThat(a.cosine(c)).isZero();
        assertThat(a.cosine(a)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
    }
}
