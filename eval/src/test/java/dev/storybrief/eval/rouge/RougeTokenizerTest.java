package dev.storybrief.eval.rouge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Units, words and tokens as ROUGE-1.5.5 reads them. */
class RougeTokenizerTest {

    @Test
    void possessiveSplitsIntoTwoTokens() {
        assertThat(RougeTokenizer.tokens("Sen's")).containsExactly("sen", "s");
    }

    @Test
    void everyNonAlphanumericByteSeparatesTokens() {
        assertThat(RougeTokenizer.tokens("Hotel-Casino U.S. $5 don\u2019t caf\u00e9 &amp; x_y"))
                .containsExactly("hotel", "casino", "u", "s", "5", "don", "t", "caf", "amp", "x", "y");
    }

    @Test
    void abbreviationCountsAsOneWordButGivesTwoTokens() {
        assertThat(RougeTokenizer.wordCount("U.S. troops")).isEqualTo(2);
        assertThat(RougeTokenizer.tokens("U.S. troops")).containsExactly("u", "s", "troops");
        assertThat(RougeTokenizer.wordCount("a _ b")).isEqualTo(3);
        assertThat(RougeTokenizer.tokens("a _ b")).containsExactly("a", "b");
    }

    @Test
    void wordLimitCountsRawWordsSoAbbreviationsYieldMoreTokens() {
        RougeScorer scorer = new RougeScorer(RougeOptions.builder().wordLimit(3).build(),
                RougeResources.of(Set.of(), Map.of()));
        RougeResult result = scorer.score("The U.S. Senate voted today", List.of("The U.S. Senate passed it"));
        // -l 3 keeps "the U.S. Senate": 3 words, 4 tokens, for the peer and for the reference alike.
        assertThat(result.rouge1().peerCount()).isEqualTo(4);
        assertThat(result.rouge1().modelCount()).isEqualTo(4);
        assertThat(result.rouge1().hitCount()).isEqualTo(4);
    }

    @Test
    void unitsAreLinesWithWhitespaceCollapsedAndEmptiesDropped() {
        assertThat(RougeTokenizer.splitUnits(" First \t unit.\n\n  \nSecond\u000Bunit \r"))
                .containsExactly("First unit.", "Second unit");
    }

    @Test
    void scorerReadsAUnitUpToItsFirstAngleBracketAndLowerCasesAsciiOnly() {
        assertThat(RougeTokenizer.seeText("Big <b>news</b>")).isEqualTo("big ");
        assertThat(RougeTokenizer.seeText("<b>gone</b>")).isEmpty();
        assertThat(RougeTokenizer.seeText("\u00c9COLE Normale")).isEqualTo("\u00c9cole normale");
    }
}
