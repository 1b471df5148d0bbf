package dev.storybrief.eval.clustering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class BCubedTest {
    /** Truth {a,b,c} {d,e}; prediction {a,b} {c,d,e}. */
    static final Map<String, String> TRUTH = Map.of("a", "T1", "b", "T1", "c", "T1", "d", "T2", "e", "T2");
    static final Map<String, String> PREDICTED = Map.of("a", "P1", "b", "P1", "c", "P2", "d", "P2", "e", "P2");

    @Test
    void handComputedExample() {
        // precision per item: a 1, b 1, c 1/3, d 2/3, e 2/3 -> 11/15; recall: a 2/3, b 2/3, c 1/3, d 1, e 1 -> 11/15
        BCubed.BCubedScore score = BCubed.score(PREDICTED, TRUTH);
        assertThat(score.precision()).isCloseTo(11 / 15.0, within(1e-12));
        assertThat(score.recall()).isCloseTo(11 / 15.0, within(1e-12));
        assertThat(score.f1()).isCloseTo(11 / 15.0, within(1e-12));
    }

    @Test
    void oneBigClusterHasFullRecallAndAllSingletonsFullPrecision() {
        Map<String, String> oneCluster = Map.of("a", "x", "b", "x", "c", "x", "d", "x", "e", "x");
        BCubed.BCubedScore merged = BCubed.score(oneCluster, TRUTH);
        assertThat(merged.recall()).isEqualTo(1.0);
        // a, b, c: 3/5 each; d, e: 2/5 each -> 13/25
        assertThat(merged.precision()).isCloseTo(13 / 25.0, within(1e-12));
        Map<String, String> singletons = Map.of("a", "1", "b", "2", "c", "3", "d", "4", "e", "5");
        BCubed.BCubedScore split = BCubed.score(singletons, TRUTH);
        assertThat(split.precision()).isEqualTo(1.0);
        // a, b, c: 1/3 each; d, e: 1/2 each -> 2/5
        assertThat(split.recall()).isCloseTo(2 / 5.0, within(1e-12));
        assertThat(split.f1()).isCloseTo(2 * 0.4 / 1.4, within(1e-12));
    }

    @Test
    void labelNamesDoNotMatterOnlyTheGrouping() {
        Map<String, Integer> renamed = Map.of("a", 7, "b", 7, "c", 7, "d", 9, "e", 9);
        BCubed.BCubedScore score = BCubed.score(renamed, TRUTH);
        assertThat(score.precision()).isEqualTo(1.0);
        assertThat(score.recall()).isEqualTo(1.0);
    }

    @Test
    void refusesDifferentItems() {
        assertThatThrownBy(() -> BCubed.score(Map.of("a", "x"), TRUTH)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("4 only in the truth");
        assertThatThrownBy(() -> BCubed.score(Map.of(), Map.of())).hasMessageContaining("no items");
    }
}
