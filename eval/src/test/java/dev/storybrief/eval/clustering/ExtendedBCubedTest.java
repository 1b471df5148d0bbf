package dev.storybrief.eval.clustering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ExtendedBCubedTest {

    @Test
    void withOneClassAndOneClusterPerItemItIsPlainBCubed() {
        long seed = new Random().nextLong();
        System.out.println("ExtendedBCubedTest seed " + seed);
        Random random = new Random(seed);
        Map<Integer, String> predicted = new LinkedHashMap<>();
        Map<Integer, String> truth = new LinkedHashMap<>();
        Map<Integer, Set<String>> predictedSets = new LinkedHashMap<>();
        Map<Integer, Set<String>> trueSets = new LinkedHashMap<>();
        for (int item = 0; item < 60; item++) {
            predicted.put(item, "p" + random.nextInt(7));
            truth.put(item, "t" + random.nextInt(5));
            predictedSets.put(item, Set.of(predicted.get(item)));
            trueSets.put(item, Set.of(truth.get(item)));
        }
        BCubed.BCubedScore plain = BCubed.score(predicted, truth);
        BCubed.BCubedScore extended = ExtendedBCubed.score(predictedSets, trueSets);
        assertThat(extended.precision()).isCloseTo(plain.precision(), within(1e-12));
        assertThat(extended.recall()).isCloseTo(plain.recall(), within(1e-12));
    }

    @Test
    void aTextOfTwoClassesInOneClusterWithBothIsRightBesideEitherButTheOthersStayApart() {
        // truth: a in T1, b in T1 and T2, c in T2; all three in one story
        Map<String, Set<String>> truth = Map.of("a", Set.of("T1"), "b", Set.of("T1", "T2"), "c", Set.of("T2"));
        Map<String, Set<String>> oneStory = Map.of("a", Set.of("P"), "b", Set.of("P"), "c", Set.of("P"));
        BCubed.BCubedScore score = ExtendedBCubed.score(oneStory, truth);
        // precision: a with a 1, with b min(1,1)/1 = 1, with c 0 -> 2/3; b 1; c 2/3 -> 7/9
        assertThat(score.precision()).isCloseTo(7 / 9.0, within(1e-12));
        // recall: a with a and b, 1 each -> 1; b with a 1, with itself min(1,2)/2, with c 1 -> 5/6; c 1 -> 17/18
        assertThat(score.recall()).isCloseTo(17 / 18.0, within(1e-12));
    }

    @Test
    void copiesOfOneTextAreScoredAsOneItemOfEveryClassTheyCarry() {
        // the stream carries b twice (b, b@T2); both copies in the story of a and c
        Map<String, String> truth = Map.of("a", "T1", "b", "T1", "b@T2", "T2", "c", "T2");
        Map<String, String> predicted = Map.of("a", "P", "b", "P", "b@T2", "P", "c", "P");
        BCubed.BCubedScore copies = BCubed.score(predicted, truth);
        assertThat(copies.precision()).isCloseTo(0.5, within(1e-12));
        BCubed.BCubedScore once = ExtendedBCubed.scoreCopiesAsOne(predicted, truth,
                id -> id.startsWith("b@") ? "b" : id);
        assertThat(once.precision()).isCloseTo(7 / 9.0, within(1e-12));
        assertThat(once.recall()).isCloseTo(17 / 18.0, within(1e-12));
        // the copies in two stories, each with its own class: perfect, which plain B-cubed also gives the copies
        Map<String, String> apart = Map.of("a", "P1", "b", "P1", "b@T2", "P2", "c", "P2");
        BCubed.BCubedScore split = ExtendedBCubed.scoreCopiesAsOne(apart, truth, id -> id.startsWith("b@") ? "b" : id);
        assertThat(split.precision()).isCloseTo(1.0, within(1e-12));
        assertThat(split.recall()).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void aStreamNamesTheFirstCopyOfATextOnlyForItsOwnCopies() {
        ArticleStream stream = new ArticleStream(List.of(), Map.of("x", "duc/c1", "x@c2", "duc/c2", "y@z", "duc/c1",
                "w@c3", "duc/c1", "w", "duc/c3"), Map.of(), 1);
        assertThat(stream.textOf("x@c2")).isEqualTo("x");
        assertThat(stream.textOf("x")).isEqualTo("x");
        // no first copy, or a suffix that is not its own cluster: an id that merely holds an @
        assertThat(stream.textOf("y@z")).isEqualTo("y@z");
        assertThat(stream.textOf("w@c3")).isEqualTo("w@c3");
    }

    @Test
    void itemsWithoutALabelAreRefused() {
        assertThatThrownBy(() -> ExtendedBCubed.score(Map.of("a", Set.of()), Map.of("a", Set.of("T"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no cluster");
    }
}
