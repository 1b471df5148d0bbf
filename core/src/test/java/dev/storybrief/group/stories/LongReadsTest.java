package dev.storybrief.group.stories;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LongReadsTest {
    private static String words(int n) {
        return "word ".repeat(n);
    }

    @Test
    void anArticleIsALongReadFromFifteenHundredWords() {
        assertThat(LongReads.isLong(words(LongReads.MIN_WORDS - 1))).isFalse();
        assertThat(LongReads.isLong(words(LongReads.MIN_WORDS))).isTrue();
        assertThat(LongReads.isLong("  \n\t" + "a\n\nb ".repeat(LongReads.MIN_WORDS / 2))).isTrue();
        assertThat(LongReads.isLong("")).isFalse();
    }
}
