package dev.storybrief.eval.clustering;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.SharedData;
import dev.storybrief.group.stories.StoryOptions;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Story grouping on real clusters (DUC 2004 + Multi-News sample, 801 articles, 150 clusters) shuffled into one
 * stream with seed {@value StoryClusteringEvaluation#SEED}. The floors are the measured figures rounded down
 * (docs: BENCHMARKS.md, "Story grouping"); they fail when ../shared is missing.
 */
class StoryClusteringQualityTest {
    private static ArticleStream stream;

    @BeforeAll
    static void load() {
        stream = StoryClusteringEvaluation.evaluationStream(SharedData.root(), StoryClusteringEvaluation.SEED);
        System.out.println("StoryClusteringQualityTest seed " + StoryClusteringEvaluation.SEED);
    }

    @Test
    void theStreamHoldsEveryArticleOnceAsASingleArticle() {
        assertThat(stream.articles()).hasSize(801);
        assertThat(new HashSet<>(stream.truth().values())).hasSize(150);
        assertThat(stream.articles()).allSatisfy(doc -> assertThat(doc.meta(dev.storybrief.ingest.MetaKey.CLUSTER)).isNull());
        // DUC puts 11 articles in two clusters each; the second copy is renamed
        assertThat(stream.truth().keySet()).filteredOn(id -> id.contains("@")).hasSize(11);
    }

    @Test
    void theMixedStreamHoldsOnePartOfEachSetAndNothingElse() {
        ArticleStream news = StoryClusteringEvaluation.evaluationStream(SharedData.root(), DevSplit.TUNING, 8);
        EcbPlus ecb = EcbPlus.load(SharedData.root().resolve("eval-data/ecbplus/articles.jsonl")).part(DevSplit.TUNING);
        ArticleStream mixed = StoryClusteringEvaluation.mixedStream(SharedData.root(), DevSplit.TUNING, 8);
        assertThat(mixed.articles()).hasSize(news.articles().size() + ecb.articles().size());
        assertThat(new HashSet<>(mixed.dataset().values())).containsExactlyInAnyOrder("duc2004", "multinews",
                EcbPlus.NAME);
        // an ECB+ event label can never be taken for a news cluster's: each set's labels keep their set's name
        assertThat(mixed.truthOf(EcbPlus.NAME).values()).allSatisfy(label -> assertThat(label).startsWith("ecbplus/"));
        assertThat(new HashSet<>(mixed.truthOf(EcbPlus.NAME).values())).hasSize(new HashSet<>(ecb.events().values()).size());
        // the news articles are the tuning part's, with their labels: nothing of the held-back part comes in
        assertThat(mixed.truth()).containsAllEntriesOf(news.truth());
        assertThat(mixed.truth()).hasSize(news.truth().size() + ecb.events().size());
        // shuffled together, not one set after the other
        assertThat(mixed.dataset().get(mixed.articles().get(0).id())).isNotNull();
        assertThat(mixed.articles().subList(0, 60).stream().map(doc -> mixed.dataset().get(doc.id())).distinct())
                .hasSize(3);
    }

    @Test
    void oneStreamRecoversTheClusters() {
        ClusteringReport report = StoryClusteringEvaluation.streaming(stream, StoryOptions.defaults());
        System.out.print(report.describe());
        // measured: P 0.860, R 0.839, F1 0.849, ARI 0.751; DUC F1 0.842, Multi-News F1 0.861 (stories of two events
        // split, the lower second-chance bar in a large stream; two-event split alone: P 0.867, R 0.835, F1 0.851;
        // before both: P 0.848, R 0.840, F1 0.844, ARI 0.744) (before the join model: P 0.846, R 0.789, F1 0.816)
        assertThat(report.bcubed().precision()).isGreaterThanOrEqualTo(0.85);
        // (group16, parts told apart by who and where as well, parts checked again: P 0.872, R 0.818, F1 0.844)
        assertThat(report.bcubed().recall()).isGreaterThanOrEqualTo(0.81);
        assertThat(report.bcubed().f1()).isGreaterThanOrEqualTo(0.84);
        assertThat(report.adjustedRand()).isGreaterThanOrEqualTo(0.745);
        assertThat(report.perDataset().get("duc2004").bcubed().f1()).isGreaterThanOrEqualTo(0.83);
        assertThat(report.perDataset().get("multinews").bcubed().f1()).isGreaterThanOrEqualTo(0.85);
        // 150 true clusters: neither everything apart nor everything together
        assertThat(report.stories()).isBetween(150, 240);
        // measured: 5,051 (speed is measured by GroupingScaleBenchmark, not here)
        assertThat(report.comparisons()).as("no all-pairs: 801 articles have 320,400 pairs").isLessThan(20_000);
    }

    /**
     * A reader's folder of a few stories: the word weights are learnt from few articles, so reports of one story look
     * less alike than in the whole stream; one article each of unrelated stories must stay apart.
     */
    @Test
    void smallInputsKeepStoriesApartAndLoseSomeRecall() {
        var clusters = SmallStreamEvaluation.byCluster(stream);
        var random = new java.util.Random(StoryClusteringEvaluation.SEED);
        var fourWhole = SmallStreamEvaluation.sample(clusters, 4, false, 8, random, StoryOptions.defaults());
        var eightSingles = SmallStreamEvaluation.sample(clusters, 8, true, 8, random, StoryOptions.defaults());
        System.out.printf("small inputs: 4 whole clusters P %.3f R %.3f; 8 single articles P %.3f%n",
                fourWhole.precision(), fourWhole.recall(), eightSingles.precision());
        // measured here: 4 whole clusters P 1.000 R 0.811, 8 single articles P 1.000 (SmallStreamEvaluation, 30
        // samples of the tuning part: R 0.772 and P 0.983)
        assertThat(fourWhole.precision()).isGreaterThanOrEqualTo(0.95);
        assertThat(fourWhole.recall()).isBetween(0.65, 0.95);
        assertThat(eightSingles.precision()).isGreaterThanOrEqualTo(0.95);
        assertThat(eightSingles.recall()).isEqualTo(1.0);
    }

    /**
     * A reader's folder is too small a stream for the lower second-chance bar: it is grouped exactly as with the
     * sparse-stream bar and no lead (with the lower bar, 30 samples of 16 single articles: P 0.950 against 0.977).
     */
    @Test
    void aSmallInputKeepsTheSparseStreamSecondChance() {
        var clusters = SmallStreamEvaluation.byCluster(stream);
        StoryOptions sparse = StoryOptions.defaults().withSmallStories(3, StoryOptions.SPARSE_STREAM_JOIN, 0);
        assertThat(StoryOptions.defaults().smallStoryJoin()).isLessThan(StoryOptions.SPARSE_STREAM_JOIN);
        for (boolean oneEach : new boolean[] {true, false}) {
            var withDefaults = SmallStreamEvaluation.sample(clusters, 16, oneEach, 12,
                    new java.util.Random(StoryClusteringEvaluation.SEED), StoryOptions.defaults());
            var withSparse = SmallStreamEvaluation.sample(clusters, 16, oneEach, 12,
                    new java.util.Random(StoryClusteringEvaluation.SEED), sparse);
            assertThat(withDefaults).as("one article each: %s", oneEach).isEqualTo(withSparse);
        }
    }

    @Test
    void timeBlocksAsInSparkLoseLittle() {
        ClusteringReport report = StoryClusteringEvaluation.blocked(stream, StoryOptions.defaults().withBlockDays(45));
        System.out.print(report.describe());
        // measured: F1 0.846, ARI 0.758 (45-day blocks put the 3 months of DUC in 3 blocks, 2 edges)
        assertThat(report.bcubed().f1()).isGreaterThanOrEqualTo(0.83);
        assertThat(report.adjustedRand()).isGreaterThanOrEqualTo(0.72);
    }

    @Test
    void theHeldBackHalfScoresLikeTheTunedHalf() {
        for (DevSplit part : List.of(DevSplit.TUNING, DevSplit.HELD_BACK)) {
            ClusteringReport report = StoryClusteringEvaluation.streaming(StoryClusteringEvaluation.evaluationStream(
                    SharedData.root(), part, StoryClusteringEvaluation.SEED), StoryOptions.defaults());
            System.out.println(part + ": " + report.describe().lines().skip(1).findFirst().orElseThrow());
            // measured: seed 8 tuning F1 0.864, held back 0.891; means of seeds 8, 1-4 0.866 and 0.888 (BENCHMARKS.md)
            assertThat(report.bcubed().f1()).as("%s", part).isGreaterThanOrEqualTo(0.86);
        }
    }

    @Test
    void otherShuffleSeedsScoreAlike() {
        for (long seed : List.of(1L, 2L)) {
            ClusteringReport report = StoryClusteringEvaluation.streaming(
                    StoryClusteringEvaluation.evaluationStream(SharedData.root(), seed), StoryOptions.defaults());
            System.out.println("seed " + seed + ": " + report.describe().lines().skip(1).findFirst().orElseThrow());
            // measured: seed 1 F1 0.846, seed 2 F1 0.835
            assertThat(report.bcubed().f1()).as("seed %d", seed).isGreaterThanOrEqualTo(0.83);
        }
    }
}
