package dev.storybrief.analyze.sentence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A long sentence an article repeats but for one number is one fact; everything else is a sentence of its own. */
class RepeatedSentencesTest {
    private static final String TEMPLATE = "Residents of Harlow Vale said the smoke from warehouse number %s hung over"
            + " the estate for most of the evening.";

    @Test
    void aLongSentenceRepeatedButForOneNumberIsARepeat() {
        RepeatedSentences repeated = new RepeatedSentences();
        assertThat(repeated.repeats(String.format(TEMPLATE, "7"))).isFalse();
        assertThat(repeated.repeats(String.format(TEMPLATE, "8"))).isTrue();
        assertThat(repeated.repeats(String.format(TEMPLATE, "1,250"))).isTrue();
        assertThat(repeated.repeats(String.format(TEMPLATE, "7").replace("  ", " "))).as("word for word").isTrue();
    }

    @Test
    void sentencesThatDifferInAWordOrInTwoNumbersAreNotRepeats() {
        RepeatedSentences repeated = new RepeatedSentences();
        assertThat(repeated.repeats("Route 9 is closed between exits 4 and 5 until the bridge is repaired.")).isFalse();
        assertThat(repeated.repeats("Route 12 is closed between exits 7 and 5 until the bridge is repaired."))
                .as("two numbers differ: another closure").isFalse();
        assertThat(repeated.repeats("Two people were injured in the first blast at the plant on the hill."))
                .isFalse();
        assertThat(repeated.repeats("Two people were injured in the second blast at the plant on the hill."))
                .as("one word differs: another fact").isFalse();
    }

    @Test
    void aShortSentenceSaidTwiceIsNoRepeat() {
        RepeatedSentences repeated = new RepeatedSentences();
        assertThat(repeated.repeats("Nobody was hurt in fire 1.")).isFalse();
        assertThat(repeated.repeats("Nobody was hurt in fire 1.")).isFalse();
    }

    /** Each instance reads one article: another article may tell the same sentence. */
    @Test
    void aNewInstanceRemembersNothing() {
        new RepeatedSentences().repeats(String.format(TEMPLATE, "7"));
        assertThat(new RepeatedSentences().repeats(String.format(TEMPLATE, "7"))).isFalse();
    }
}
