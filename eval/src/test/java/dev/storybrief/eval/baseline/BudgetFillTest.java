package dev.storybrief.eval.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storybrief.model.Sentence;
import java.util.List;
import org.junit.jupiter.api.Test;

class BudgetFillTest {

    private static Candidate candidate(int article, String text) {
        return new Candidate(article, 0, new Sentence("a" + article, 0, 0, text, 0, text.length(), false), List.of("t"));
    }

    @Test
    void firstWordsIsAVerbatimPrefix() {
        assertThat(BudgetFill.firstWords("One two  three four.", 2)).isEqualTo("One two");
        assertThat(BudgetFill.firstWords("One two  three four.", 3)).isEqualTo("One two  three");
        assertThat(BudgetFill.firstWords("One two.", 5)).isEqualTo("One two.");
        assertThat(BudgetFill.firstWords("``Quoted,'' he said.", 1)).isEqualTo("``Quoted,''");
    }

    @Test
    void aTooLongSentenceIsPassedOverAndTheCutOneComesLast() {
        Candidate five = candidate(0, "one two three four five");
        Candidate four = candidate(1, "a b c d");
        Candidate three = candidate(2, "x y z");
        List<Pick> ranked = List.of(new Pick(five, 3), new Pick(four, 2), new Pick(three, 1));
        RankedPicker picker = RankedPicker.withoutRedundancyCheck(ranked);

        BudgetFill.Result whole = BudgetFill.fill(List.of(five, four, three), 8, false, picker);
        assertThat(whole.whole()).extracting(Pick::candidate).containsExactly(five, three);
        assertThat(whole.cut()).isNull();

        // 7 words: after the five-word sentence neither fits; the next in rank order is cut to the 2 words left
        BudgetFill.Result cut = BudgetFill.fill(List.of(five, four, three), 7, true, picker);
        assertThat(cut.whole()).extracting(Pick::candidate).containsExactly(five);
        assertThat(cut.cut().candidate()).isEqualTo(four);
        assertThat(cut.cutWords()).isEqualTo(2);
        assertThat(cut.toSummary(Stories.of("s", "Some text here."), null))
                .extracting(s -> s.text()).containsExactly("one two three four five", "a b");

        // 9 words: the four-word sentence fits exactly, nothing is left to cut
        BudgetFill.Result exact = BudgetFill.fill(List.of(five, four, three), 9, true, picker);
        assertThat(exact.whole()).extracting(Pick::candidate).containsExactly(five, four);
        assertThat(exact.cut()).isNull();
    }

    @Test
    void aNegativeBudgetIsRejected() {
        assertThatThrownBy(() -> BudgetFill.fill(List.of(), -1, false, (l, c, w, cut) -> null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
    }
}
