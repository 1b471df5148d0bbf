package dev.storybrief.eval.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExtractionMetricTest {

    @Test
    void tokensFollowPythonWordCharacters() {
        assertThat(ExtractionMetric.tokens("Hello, wor_ld! 3.14 caf\u00e9")).containsExactly("Hello", "wor_ld", "3", "14", "caf\u00e9");
        // A combining mark is not a word character in Python's re, so it splits the word.
        assertThat(ExtractionMetric.tokens("cafe\u0301 x")).containsExactly("cafe", "x");
        assertThat(ExtractionMetric.tokens("\u00bd \u2167 \u65e5\u672c\u8a9e\u3002\u8a18\u4e8b"))
                .containsExactly("\u00bd", "\u2167", "\u65e5\u672c\u8a9e", "\u8a18\u4e8b");
        assertThat(ExtractionMetric.tokens(null)).isEmpty();
    }

    @Test
    void shinglesAreFourGramMultisetsWithOneShortShingleForShortTexts() {
        assertThat(ExtractionMetric.shingles(List.of("a", "b", "c", "d", "a", "b", "c", "d"))).hasSize(4)
                .containsEntry("a\u0001b\u0001c\u0001d", 2);
        assertThat(ExtractionMetric.shingles(List.of("a", "b"))).isEqualTo(Map.of("a\u0001b", 1));
        assertThat(ExtractionMetric.shingles(List.of())).isEmpty();
    }

    @Test
    void pageScoresCountSharedAndMissingShingles() {
        PageScore s = ExtractionMetric.score("one two three four five six", "one two three four five seven");
        assertThat(s.tp()).isEqualTo(2);
        assertThat(s.fp()).isEqualTo(1);
        assertThat(s.fn()).isEqualTo(1);
        assertThat(s.precision()).isCloseTo(2 / 3.0, within(1e-12));
        assertThat(s.exactMatch()).isFalse();
        assertThat(ExtractionMetric.score("Same text, here.", "same? No: Same text here").exactMatch()).isFalse();
        assertThat(ExtractionMetric.score("Same text, here.", "Same text here").exactMatch()).isTrue();
    }

    @Test
    void emptyPredictionsLeaveThePrecisionAverage() {
        PageScore empty = ExtractionMetric.score("some words of truth here", "");
        assertThat(empty.tp() + empty.fp()).isZero();
        assertThat(empty.recall()).isZero();
        PageScore perfect = ExtractionMetric.score("a b c d e", "a b c d e");
        MetricSummary m = ExtractionMetric.summarize(List.of(empty, perfect));
        assertThat(m.precision()).isEqualTo(1.0);
        assertThat(m.recall()).isEqualTo(0.5);
        assertThat(m.f1()).isCloseTo(2 * 0.5 / 1.5, within(1e-12));
        assertThat(m.accuracy()).isEqualTo(0.5);
        assertThat(ExtractionMetric.score("", "").precision()).isEqualTo(1.0);
    }
}
