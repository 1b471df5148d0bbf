package dev.storybrief.eval.clustering;

import dev.storybrief.SharedData;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Wire-copy detection on reprints of DUC 2004 made at run time (edited, retitled, cut from the bottom, all three),
 * among the other articles of each story. Floors are the measured figures rounded down (BENCHMARKS.md).
 */
class NearDuplicateQualityTest {

    @Test
    void reprintsAreFoundAndOtherReportsOfTheStoryAreNot() {
        System.out.println("NearDuplicateQualityTest seed " + NearDuplicateEvaluation.SEED);
        NearDuplicateEvaluation.Report report = NearDuplicateEvaluation.measure(SharedData.root(),
                NearDuplicateEvaluation.SEED);
        System.out.print(report.describe());
        // measured: precision 0.985, recall 0.699; retitled 0.992, trimmed 0.873, edited 0.779, all at once 0.579
        assertThat(report.originals()).isEqualTo(489);
        assertThat(report.precision()).isGreaterThanOrEqualTo(0.98);
        assertThat(report.recall()).isGreaterThanOrEqualTo(0.69);
        assertThat(report.recallByKind().get(NearDuplicateEvaluation.Reprint.RETITLED)).isGreaterThanOrEqualTo(0.99);
        assertThat(report.recallByKind().get(NearDuplicateEvaluation.Reprint.TRIMMED)).isGreaterThanOrEqualTo(0.87);
        assertThat(report.recallByKind().get(NearDuplicateEvaluation.Reprint.EDITED)).isGreaterThanOrEqualTo(0.77);
        assertThat(report.recallByKind().get(NearDuplicateEvaluation.Reprint.ALL_AT_ONCE))
                .isGreaterThanOrEqualTo(0.57);
    }
}
