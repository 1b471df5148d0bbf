package dev.storybrief.eval.clustering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AdjustedRandIndexTest {

    @Test
    void handComputedExample() {
        // contingency: P1 = {T1: 2}, P2 = {T1: 1, T2: 2}; index = 1 + 0 + 1 = 2; predicted pairs 1 + 3 = 4,
        // true pairs 3 + 1 = 4, all pairs 10; expected 4 * 4 / 10 = 1.6; max (4 + 4) / 2 = 4 -> (2 - 1.6) / 2.4
        assertThat(AdjustedRandIndex.score(BCubedTest.PREDICTED, BCubedTest.TRUTH)).isCloseTo(1 / 6.0, within(1e-12));
    }

    @Test
    void secondHandComputedExampleBelowChance() {
        // truth {a,b} {c,d}; prediction {a,c} {b,d}: index 0; predicted pairs 2, true pairs 2, all pairs 6;
        // expected 2 * 2 / 6 = 2/3; max 2 -> (0 - 2/3) / (2 - 2/3) = -0.5
        Map<String, String> truth = Map.of("a", "1", "b", "1", "c", "2", "d", "2");
        Map<String, String> predicted = Map.of("a", "x", "c", "x", "b", "y", "d", "y");
        assertThat(AdjustedRandIndex.score(predicted, truth)).isCloseTo(-0.5, within(1e-12));
    }

    @Test
    void identicalGroupingsScoreOneWhateverTheLabels() {
        Map<String, Integer> renamed = Map.of("a", 7, "b", 7, "c", 7, "d", 9, "e", 9);
        assertThat(AdjustedRandIndex.score(renamed, BCubedTest.TRUTH)).isEqualTo(1.0);
        Map<String, String> singletons = Map.of("a", "1", "b", "2");
        assertThat(AdjustedRandIndex.score(singletons, Map.of("a", "x", "b", "y"))).isEqualTo(1.0);
        assertThat(AdjustedRandIndex.score(Map.of("a", "x"), Map.of("a", "y"))).isEqualTo(1.0);
    }

    @Test
    void allInOneAgainstAllApartIsZero() {
        Map<String, String> one = new HashMap<>();
        Map<String, String> apart = new HashMap<>();
        for (int i = 0; i < 6; i++) {
            one.put("i" + i, "all");
            apart.put("i" + i, "own" + i);
        }
        assertThat(AdjustedRandIndex.score(one, apart)).isCloseTo(0.0, within(1e-12));
    }

    @Test
    void refusesDifferentItems() {
        assertThatThrownBy(() -> AdjustedRandIndex.score(Map.of("z", "x"), BCubedTest.TRUTH))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
