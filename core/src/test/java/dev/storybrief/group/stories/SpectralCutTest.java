package dev.storybrief.group.stories;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The spectral cut finds where two groups of articles meet, even when one pair inside a group is far tighter. */
class SpectralCutTest {
    /** Articles 0, 2, 4, 6 and 1, 3, 5, 7: cosine 0.5 within a group, 0.2 across, 0 and 2 nearly the same text. */
    private static double[][] twoGroupsWithATightPair() {
        double[][] cosine = new double[8][8];
        for (int i = 0; i < 8; i++) {
            for (int j = 0; j < 8; j++) {
                cosine[i][j] = i == j ? 1 : i % 2 == j % 2 ? 0.5 : 0.2;
            }
        }
        cosine[0][2] = cosine[2][0] = 0.95;
        return cosine;
    }

    @Test
    void cutsAtTheBoundaryOfTheTwoGroups() {
        TwoWayCut cut = SpectralCut.of(twoGroupsWithATightPair()).orElseThrow();
        assertThat(cut.first().contains(0) ? cut.first() : cut.second()).containsExactly(0, 2, 4, 6);
        assertThat(cut.first().contains(0) ? cut.second() : cut.first()).containsExactly(1, 3, 5, 7);
        assertThat(cut.cross()).isCloseTo(0.2, org.assertj.core.data.Offset.offset(1e-9));
        // within: (0.95 + 5 * 0.5) / 6 for the first group, 0.5 for the second
        assertThat(cut.within()).isCloseTo(((0.95 + 2.5) / 6 + 0.5) / 2, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void keepsTwoArticlesOnEachSide() {
        double[][] cosine = new double[5][5];
        for (int i = 0; i < 5; i++) {
            for (int j = 0; j < 5; j++) {
                cosine[i][j] = i == j ? 1 : 0.4;
            }
        }
        // article 4 is apart from the rest: a cut of one would take it alone, but a part needs two
        for (int i = 0; i < 4; i++) {
            cosine[i][4] = cosine[4][i] = 0.01;
        }
        assertThat(SpectralCut.of(cosine).orElseThrow().smaller()).isEqualTo(2);
    }

    @Test
    void fewerThanFourArticlesHaveNoCut() {
        assertThat(SpectralCut.of(new double[3][3])).isEmpty();
        assertThat(SpectralCut.of(null)).isEmpty();
    }
}
