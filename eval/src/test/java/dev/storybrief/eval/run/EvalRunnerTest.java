package dev.storybrief.eval.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storybrief.SharedData;
import dev.storybrief.eval.dataset.EvalCluster;
import dev.storybrief.eval.dataset.EvalData;
import dev.storybrief.eval.dataset.EvalDataset;
import dev.storybrief.eval.rouge.RougeMetric;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The eval run on DUC 2004: published systems reproduce, baselines land where the literature puts them. */
class EvalRunnerTest {
    private static List<EvalCluster> duc;
    private static EvalSettings settings;

    @BeforeAll
    static void load() {
        duc = EvalDataset.load(EvalData.duc2004File()).clusters();
        settings = EvalSettings.standard("duc2004", null, null, 42);
    }

    private static EvalRunner runner() {
        return new EvalRunner(settings, EvalData.rouge(), 2, Progress.silent(), EvalData::story);
    }

    private static double recall(SystemRun run, RougeMetric metric) {
        return run.average().metric(metric).recall().avg();
    }

    /** The peers scored through the whole eval path give the official ROUGE-1.5.5 averages (rouge.res). */
    @Test
    void publishedPeersReproduceTheOfficialScorer() throws IOException {
        Map<String, Map<String, String>> peers = PeerSummaries.load(SharedData.evalData("duc2004/sumrepo-peers.jsonl"));
        Map<String, Map<String, String>> two = Map.of("ICSISumm", peers.get("ICSISumm"), "DPP", peers.get("DPP"));
        EvalReport report = runner().run(duc, List.of(), two);
        JsonNode expected = averagesOfSetA();
        for (SystemRun run : report.runs()) {
            JsonNode avg = expected.get(run.system());
            assertThat(recall(run, RougeMetric.ROUGE_1)).as(run.system())
                    .isEqualTo(avg.get("ROUGE-1").get("R").get("avg").asDouble());
            assertThat(recall(run, RougeMetric.ROUGE_2)).as(run.system())
                    .isEqualTo(avg.get("ROUGE-2").get("R").get("avg").asDouble());
            assertThat(run.average().metric(RougeMetric.ROUGE_SU4).f().ciHigh())
                    .isEqualTo(avg.get("ROUGE-SU4").get("F").get("ci_high").asDouble());
        }
    }

    private static JsonNode averagesOfSetA() throws IOException {
        ObjectMapper json = new ObjectMapper();
        com.fasterxml.jackson.databind.node.ObjectNode bySystem = json.createObjectNode();
        for (String line : java.nio.file.Files.readAllLines(SharedData.evalData("rouge-vectors/averages.jsonl"))) {
            JsonNode node = json.readTree(line);
            if (node.get("set").asText().equals("A")) {
                bySystem.set(node.get("system").asText(), node.get("averages"));
            }
        }
        assertThat(bySystem.size()).isEqualTo(5);
        return bySystem;
    }

    /**
     * Lead and LexRank on all 50 clusters land in the range the literature reports for DUC 2004 at 100 words
     * (SumRepo, Hong et al. 2014: LexRank 35.95 / 7.47; DUC lead baselines 31-35 R-1, 6-8 R-2; our Lead is
     * round-robin over articles and our LexRank sees only the cluster's own IDF).
     */
    @Test
    void leadAndLexRankLandInThePublishedRanges() {
        EvalReport report = runner().run(duc, List.of("lead", "lexrank"), Map.of());
        SystemRun lead = report.runs().get(0);
        SystemRun lexrank = report.runs().get(1);
        assertThat(recall(lead, RougeMetric.ROUGE_1)).isBetween(0.31, 0.37);
        assertThat(recall(lead, RougeMetric.ROUGE_2)).isBetween(0.060, 0.090);
        assertThat(recall(lexrank, RougeMetric.ROUGE_1)).isBetween(0.34, 0.40);
        assertThat(recall(lexrank, RougeMetric.ROUGE_2)).isBetween(0.072, 0.105);
    }

    /** On a slice, the greedy ROUGE-2 oracle is an upper bound for every system, storybrief included. */
    @Test
    void oracleBeatsEverySystemOnASlice(@TempDir Path tmp) throws IOException {
        List<String> systems = new java.util.ArrayList<>(EvalRunner.knownSystems());
        EvalReport report = runner().run(duc.subList(0, 8), systems, Map.of());
        SystemRun oracle = report.runs().stream().filter(r -> r.system().equals("oracle")).findFirst().orElseThrow();
        for (SystemRun run : report.runs()) {
            if (run != oracle) {
                assertThat(recall(oracle, RougeMetric.ROUGE_2)).as("oracle vs %s", run.system())
                        .isGreaterThan(recall(run, RougeMetric.ROUGE_2));
                assertThat(recall(oracle, RougeMetric.ROUGE_1)).as("oracle vs %s", run.system())
                        .isGreaterThan(recall(run, RougeMetric.ROUGE_1));
            }
        }
        Path out = tmp.resolve("results.json");
        ResultsJson.write(report, out);
        JsonNode json = new ObjectMapper().readTree(out.toFile());
        JsonNode storybrief = json.get("systems").get("storybrief");
        for (String metric : List.of("ROUGE-1", "ROUGE-2", "ROUGE-L", "ROUGE-SU4")) {
            for (String part : List.of("R", "P", "F")) {
                assertThat(storybrief.get(metric).get(part).asDouble()).as("%s %s", metric, part).isBetween(0.0, 1.0);
            }
        }
        assertThat(storybrief.get("clusters")).hasSize(8);
        assertThat(ResultsTable.markdown(report)).contains("| storybrief | ").contains("| oracle | ")
                .contains("budget 100 words, ROUGE recall");
    }

    @Test
    void unknownSystemsAndMissingPeerSummariesAreClearErrors() {
        assertThatThrownBy(() -> runner().run(duc.subList(0, 1), List.of("bogus"), Map.of()))
                .hasMessageContaining("unknown system \"bogus\"");
        assertThatThrownBy(() -> runner().run(duc.subList(0, 2), List.of(), Map.of("X", Map.of("d30001t", "text"))))
                .hasMessageContaining("no summary for cluster d30002t");
    }

    @Test
    void standardSettingsFollowTheDataSetConventions() {
        assertThat(EvalSettings.standard("duc2004", null, null, 1).rougeFlags()).startsWith("-m -l 100 ");
        assertThat(EvalSettings.standard("duc2004", null, 665, 1).rougeFlags()).startsWith("-m -b 665 ");
        EvalSettings mn = EvalSettings.standard("multinews-sample100", null, null, 1);
        assertThat(mn.measure()).isEqualTo('F');
        assertThat(mn.words()).isEqualTo(230);
        assertThat(mn.scorerTruncates()).isFalse();
        assertThat(EvalSettings.standard("duc2004", null, null, 1).requestWords()).isEqualTo(140);
    }
}
