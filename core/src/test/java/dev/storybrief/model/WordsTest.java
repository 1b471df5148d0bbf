package dev.storybrief.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Word counts in spaced scripts and in scripts written without spaces; every sentence is made up. */
class WordsTest {
    @Test
    void spacedTextCountsItsTokens() {
        assertThat(Words.count("The ferry — delayed twice — left at noon.")).isEqualTo(9);
        assertThat(Words.count("  ")).isZero();
        assertThat(Words.count(null)).isZero();
    }

    /** "At most n words" answers as the count does, in spaced and unspaced scripts, at and around the limit. */
    @Test
    void atMostAgreesWithTheCount() {
        for (String text : List.of("The ferry — delayed twice — left at noon.", "港口昨天关闭了两座旧码头。", "", "one",
                "Mixed 港口昨天 text here")) {
            int words = Words.count(text);
            assertThat(Words.atMost(text, words)).as(text).isTrue();
            assertThat(Words.atMost(text, words + 1)).as(text).isTrue();
            if (words > 0) {
                assertThat(Words.atMost(text, words - 1)).as(text).isFalse();
            }
        }
        assertThat(Words.atMost("word ".repeat(200_000), 12)).isFalse();
    }

    @Test
    void textWithoutSpacesCountsOneWordPerTwoCharacters() {
        // twelve ideographs and a full stop: six words, not one
        assertThat(Words.count("港口昨天关闭了两座旧码头。")).isEqualTo(6);
        // punctuation inside the run is no word; digits and Latin letters in it are
        assertThat(Words.count("渡轮停航，乘客滞留")).isEqualTo(4);
        assertThat(Words.count("约120人在3号码头等候")).isEqualTo(7);
        assertThat(Words.count("フェリーが欠航した")).isEqualTo(5);
    }

    @Test
    void sentenceEndsOfEveryScriptAreRecognised() {
        assertThat(SentenceMarks.endsSentence("渡轮停航。")).isTrue();
        assertThat(SentenceMarks.endsSentence("彼は「欠航した」と話した。」")).isTrue();
        assertThat(SentenceMarks.endsSentence("渡轮停航")).isFalse();
    }
}
