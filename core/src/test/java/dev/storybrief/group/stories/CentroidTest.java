package dev.storybrief.group.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class CentroidTest {

    @Test
    void anArticleTakenBackOutLeavesWhatTheOthersBuilt() {
        IncrementalIdf idf = new IncrementalIdf();
        idf.count(List.of("bridge", "river"));
        idf.count(List.of("ballots", "recount"));
        SparseVector bridge = new SparseVector(new String[] {"bridge", "river"}, new double[] {2, 1});
        SparseVector recount = new SparseVector(new String[] {"ballots", "recount", "river"}, new double[] {1, 1, 1});
        Centroid both = new Centroid(60);
        both.add(bridge);
        both.add(recount);
        both.subtract(recount);
        Centroid alone = new Centroid(60);
        alone.add(bridge);
        SparseVector probe = new SparseVector(new String[] {"ballots", "bridge"}, new double[] {0.6, 0.8});
        assertThat(both.cosine(probe, idf)).isCloseTo(alone.cosine(probe, idf), within(1e-12));
        assertThat(both.direction(60, idf).asMap()).containsOnlyKeys("bridge", "river");
        both.subtract(bridge);
        assertThat(both.isEmpty()).isTrue();
    }
}
