package dev.storybrief.eval.clustering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.storybrief.ingest.RawDocument;
import dev.storybrief.ingest.SourceFormat;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The aggregate counts of {@link WholeAgainstHalves} on a made-up whole stream of two parts. */
class WholeAgainstHalvesTest {
    /**
     * Clusters A and C are in one part, B in the other; "a1" is in A and in B (its second copy is "a1@B"). The
     * grouping put A, B and the copy in one story of five, C alone, and split C's third article off.
     */
    private static final Map<String, String> TRUTH = Map.of("a1", "A", "a2", "A", "b1", "B", "b2", "B", "a1@B", "B",
            "c1", "C", "c2", "C", "c3", "C");
    private static final Map<String, String> PREDICTED = Map.of("a1", "s1", "a2", "s1", "b1", "s1", "b2", "s1",
            "a1@B", "s1", "c1", "s2", "c2", "s2", "c3", "s3");
    private static final Map<String, DevSplit> PART_OF = Map.of("A", DevSplit.TUNING, "C", DevSplit.TUNING,
            "B", DevSplit.HELD_BACK);

    private static ArticleStream stream() {
        Map<String, String> dataset = new LinkedHashMap<>();
        TRUTH.keySet().forEach(id -> dataset.put(id, id.startsWith("c") ? "mn" : "duc"));
        List<RawDocument> docs = TRUTH.keySet().stream().sorted()
                .map(id -> new RawDocument(id, Path.of(id), SourceFormat.TEXT, "text of " + id, Map.of())).toList();
        return new ArticleStream(docs, TRUTH, dataset, 1);
    }

    @Test
    void clustersSharingAnArticleArePairedAndCanBeReadAsOne() {
        Set<List<String>> sharing = WholeAgainstHalves.sharingPairs(TRUTH);
        assertThat(sharing).containsExactly(List.of("A", "B"));
        Map<String, String> joined = WholeAgainstHalves.sharedArticlesJoined(TRUTH, sharing);
        assertThat(joined.get("b1")).isEqualTo("A");
        assertThat(joined.get("a1@B")).isEqualTo("A");
        assertThat(joined.get("c1")).isEqualTo("C");
    }

    @Test
    void precisionLossIsLaidOnWhereTheForeignArticlesComeFrom() {
        WholeAgainstHalves.Run run = new WholeAgainstHalves.Run(stream(), PREDICTED, List.of(), 0);
        Map<String, Double> loss = WholeAgainstHalves.precisionLoss(run, PART_OF,
                WholeAgainstHalves.sharingPairs(TRUTH));
        // story s1 of 5: A's two articles each see three of B (3/5), B's three each see two of A (2/5): 1.2 + 1.2
        assertThat(loss).containsOnlyKeys("other part sharing an article, duc-duc");
        assertThat(loss.get("other part sharing an article, duc-duc")).isCloseTo(2.4, within(1e-9));
        // the same sum is what B-cubed precision misses
        double precision = BCubed.score(PREDICTED, TRUTH).precision();
        assertThat((1 - precision) * TRUTH.size()).isCloseTo(2.4, within(1e-9));
        // without the pair known, the same joins are a twin's
        assertThat(WholeAgainstHalves.precisionLoss(run, PART_OF, Set.of()))
                .containsOnlyKeys("other part, duc-duc");
    }

    @Test
    void recallLossIsLaidOnTheArticlesOutsideTheLargestPiece() {
        Map<String, Double> losses = SplitErrors.minorPieceLosses(PREDICTED, TRUTH);
        // C split 2 + 1: 2 x (1 - 2/3) + 1 x (1 - 1/3) = 4/3, all on c3; A and B are whole (one story each)
        assertThat(losses).containsOnlyKeys("c3");
        assertThat(losses.get("c3")).isCloseTo(4 / 3.0, within(1e-9));
        double recall = BCubed.score(PREDICTED, TRUTH).recall();
        assertThat((1 - recall) * TRUTH.size()).isCloseTo(4 / 3.0, within(1e-9));
    }

    @Test
    void aFeedCarriesASharedArticleOnce() {
        ArticleStream once = WholeAgainstHalves.firstCopiesOnly(stream());
        assertThat(once.truth()).doesNotContainKey("a1@B").containsEntry("a1", "A").hasSize(TRUTH.size() - 1);
        assertThat(once.articles()).extracting(RawDocument::id).doesNotContain("a1@B");
    }
}
