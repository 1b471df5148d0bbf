package dev.storybrief.eval.clustering;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ArrivalErrorsTest {
    /** Two twins of one week (A, B) and an unrelated story (C). */
    static final Map<String, String> TRUTH = Map.of("a1", "A", "a2", "A", "a3", "A", "b1", "B", "b2", "B",
            "b3", "B", "c1", "C", "c2", "C");

    @Test
    void wrongJoinsAreCountedByRunnerUpAndByWhereTheirOwnStoryWas() {
        List<String> trace = List.of(
                "a1",                                                   // starts A
                "b1\ta1 1.500 0.300 0.200 0.400",                       // joins A's story, B not started, no runner-up
                "c1\ta1 -2.000 0.010 0.000 0.000",                      // starts C
                "a2\ta1 2.000 0.400 0.300 0.300",                       // joins its own
                "b2\ta1 1.200 0.300 0.100 0.200\tc1 -1.000 0.050 0.000 0.000", // wrong, B started but not found
                "c2\ta1 -0.500 0.050 0.000 0.000",                      // C's story not found: starts one
                "b3\tb2 0.500 0.200 0.100 0.100\ta1 0.900 0.300 0.200 0.300", // b2 stands for B; a1's wins
                "a3\tc1 -1.000 0.050 0.000 0.000\ta1 -0.200 0.100 0.000 0.000"); // own below the bar
        ArrivalErrors.Tally tally = ArrivalErrors.tally(trace, TRUTH);

        assertThat(tally.outcomes()).containsEntry(ArrivalErrors.Outcome.JOINED_OWN, 1)
                .containsEntry(ArrivalErrors.Outcome.JOINED_OTHER, 3)
                .containsEntry(ArrivalErrors.Outcome.STARTED_FIRST_OF_CLUSTER, 2)
                .containsEntry(ArrivalErrors.Outcome.STARTED_OWN_NOT_FOUND, 1)
                .containsEntry(ArrivalErrors.Outcome.STARTED_OWN_BELOW_BAR, 1);
        assertThat(tally.count(ArrivalErrors.RunnerUp.NONE)).isEqualTo(1);
        assertThat(tally.count(ArrivalErrors.RunnerUp.BELOW_BAR)).isEqualTo(1);
        assertThat(tally.count(ArrivalErrors.RunnerUp.AT_OR_ABOVE_BAR)).isEqualTo(1);
        assertThat(tally.count(ArrivalErrors.OwnStory.NOT_STARTED)).isEqualTo(1);
        assertThat(tally.count(ArrivalErrors.OwnStory.NOT_FOUND)).isEqualTo(1);
        assertThat(tally.count(ArrivalErrors.OwnStory.AMONG_CANDIDATES)).isEqualTo(1);
        // only b3's two best (a1's story 0.9, its own 0.5) both share who or where with it
        assertThat(tally.twinsPlausible()).isEqualTo(1);
        assertThat(tally.wrongJoins()).extracting(ArrivalErrors.WrongJoin::id).containsExactly("b1", "b2", "b3");
    }
}
