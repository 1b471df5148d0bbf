package dev.storybrief.eval.clustering;

import dev.storybrief.SharedData;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.group.stories.StoryOptions;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Story grouping on ECB+ topics 1-20 (413 undated articles, 18 topics of two similar events each): the events must
 * stay apart. Floors are the measured figures rounded down (BENCHMARKS.md, "Story grouping: events apart").
 */
class EcbPlusGroupingTest {
    private static EcbPlus ecb;

    @BeforeAll
    static void load() {
        ecb = EcbPlus.load(SharedData.evalData("ecbplus/articles.jsonl"));
        System.out.println("EcbPlusGroupingTest seed " + StoryClusteringEvaluation.SEED);
    }

    @Test
    void theDevelopmentTopicsAreLoadedWithEventsAndTopics() {
        assertThat(ecb.articles()).hasSize(413);
        assertThat(new HashSet<>(ecb.events().values())).hasSize(36);
        assertThat(new HashSet<>(ecb.topics().values())).hasSize(18);
        assertThat(ecb.part(DevSplit.TUNING).articles().size() + ecb.part(DevSplit.HELD_BACK).articles().size())
                .isEqualTo(413);
        assertThat(ecb.part(DevSplit.TUNING).topics().values()).allSatisfy(t -> assertThat(Integer.parseInt(t) % 2)
                .isEqualTo(1));
    }

    @Test
    void similarEventsAreMostlyKeptApart() {
        StoryClusteringEvaluation.EcbPlusScores all = score(ecb, StoryClusteringEvaluation.SEED);
        // measured: event P 0.818, R 0.976, F1 0.890; topic F1 0.817 (lower second-chance bar in a large stream;
        // places apart from people: event R 0.979, F1 0.891, topic F1 0.819; before the join model: event F1 0.851)
        // group16 (a topic's two events cut apart by who and where): event P 0.851, R 0.966, F1 0.905; topic F1 0.790
        assertThat(all.event().f1()).isGreaterThanOrEqualTo(0.90);
        assertThat(all.event().recall()).isGreaterThanOrEqualTo(0.96);
        assertThat(all.topic().f1()).isGreaterThanOrEqualTo(0.78);
        assertThat(all.stories()).isBetween(18, 60);
    }

    @Test
    void theHeldBackTopicsScoreLikeTheTunedOnes() {
        // measured with seed 8: tuning (odd topics) event F1 0.909, held back (even topics) 0.903
        for (DevSplit part : List.of(DevSplit.TUNING, DevSplit.HELD_BACK)) {
            assertThat(score(ecb.part(part), StoryClusteringEvaluation.SEED).event().f1()).as("%s", part)
                    .isGreaterThanOrEqualTo(0.90);
        }
    }

    @Test
    void otherShuffleSeedsScoreAlike() {
        // measured: seed 1 event F1 0.903, seed 2 0.889
        for (long seed : List.of(1L, 2L)) {
            assertThat(score(ecb, seed).event().f1()).as("seed %d", seed).isGreaterThanOrEqualTo(0.87);
        }
    }

    private static StoryClusteringEvaluation.EcbPlusScores score(EcbPlus articles, long seed) {
        StoryClusteringEvaluation.EcbPlusScores scores = StoryClusteringEvaluation.ecbPlus(articles, seed,
                StoryOptions.defaults());
        System.out.printf("ECB+ %d articles, seed %d: event P %.3f R %.3f F1 %.3f, topic F1 %.3f, %d stories%n",
                articles.articles().size(), seed, scores.event().precision(), scores.event().recall(),
                scores.event().f1(), scores.topic().f1(), scores.stories());
        return scores;
    }
}
