package dev.storybrief.eval.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.storybrief.SharedData;
import dev.storybrief.ingest.html.HtmlArticleExtractor;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs against the publishers' benchmark data in {@code shared/eval-data/article-extraction}; fails
 * (does not skip) when that data is missing.
 */
class BenchmarkFiguresTest {

    private static BenchmarkData data;

    @BeforeAll
    static void load() {
        data = BenchmarkData.load(SharedData.evalData("article-extraction"));
    }

    @Test
    void metricReproducesThePublishedFiguresOfThePeers() {
        Map<String, MetricSummary> peers = ExtractionBenchmark.scorePeers(data);

        assertThat(peers).containsOnlyKeys("trafilatura", "newspaper", "readability", "goose3", "boilerpipe", "justext");
        assertFigures(peers.get("trafilatura"), 0.937, 0.978, 0.957);
        assertThat(peers.get("newspaper").f1()).isCloseTo(0.958, within(0.0005));
        assertThat(peers.get("readability").f1()).isCloseTo(0.927, within(0.0005));
        assertThat(peers.get("goose3").f1()).isCloseTo(0.901, within(0.0005));
        assertThat(peers.get("boilerpipe").f1()).isCloseTo(0.845, within(0.0005));
        assertThat(peers.get("justext").f1()).isCloseTo(0.813, within(0.0005));
    }

    @Test
    void extractorBeatsThePeersOnTheDevelopmentSplit() {
        BenchmarkResult result = ExtractionBenchmark.run(data, ExtractionBenchmark.storybrief(new HtmlArticleExtractor()), 0);

        assertThat(result.summary().pages()).isEqualTo(121);
        // Achieved 0.976 (P 0.972, R 0.981) after the ninth session, 0.978 before the standfirst the page declares as
        // its description was kept (0.980 before the article's lead was kept: these annotations leave both out and
        // trafilatura-eval's keep them); pinned a little lower so harmless tuning does not break the build.
        assertThat(result.summary().f1()).isGreaterThanOrEqualTo(0.972);
        assertThat(result.summary().precision()).isGreaterThanOrEqualTo(0.97);
        assertThat(result.summary().recall()).isGreaterThanOrEqualTo(0.97);
        assertThat(result.predictions()).hasSize(121).allSatisfy((k, v) -> assertThat(v).isNotBlank());
    }

    private static void assertFigures(MetricSummary m, double p, double r, double f1) {
        assertThat(m.precision()).isCloseTo(p, within(0.0005));
        assertThat(m.recall()).isCloseTo(r, within(0.0005));
        assertThat(m.f1()).isCloseTo(f1, within(0.0005));
    }
}
