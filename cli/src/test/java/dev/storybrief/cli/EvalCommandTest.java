package dev.storybrief.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalCommandTest {
    @TempDir
    Path tmp;

    @Test
    void printsOneTableAndWritesResults() throws IOException {
        Path out = tmp.resolve("results.json");
        Path duc = CliRun.shared().resolve("eval-data/duc2004");
        CliRun run = CliRun.of("eval", "--dataset", duc.toString(), "--systems", "lead,storybrief", "--limit", "3",
                "--peers", duc.resolve("sumrepo-peers.jsonl").toString(), "--out", out.toString());
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("duc2004, 3 clusters, budget 100 words, ROUGE recall")
                .contains("| system | R-1 | R-2 | R-L | R-SU4 | clusters/s | peak heap |")
                .contains("| lead | ").contains("| storybrief | ").contains("| ICSISumm | ");
        JsonNode json = new ObjectMapper().readTree(out.toFile());
        JsonNode lead = json.get("systems").get("lead");
        assertThat(lead.get("ROUGE-2").get("R").asDouble()).isBetween(0.0, 1.0);
        assertThat(lead.get("clusters").fieldNames()).toIterable().containsExactly("d30001", "d30002", "d30003");
        assertThat(json.get("systems").size()).isEqualTo(2 + 13);
    }

    @Test
    void badArgumentsAreOneLineErrors() {
        CliRun missing = CliRun.of("eval", "--dataset", tmp.resolve("none").toString());
        assertThat(missing.status()).isEqualTo(2);
        assertThat(missing.err()).contains("no such file or folder").doesNotContain("\tat ");
        CliRun both = CliRun.of("eval", "--dataset", tmp.toString(), "--words", "100", "--bytes", "665");
        assertThat(both.status()).isEqualTo(2);
        CliRun unknown = CliRun.of("eval", "--dataset", CliRun.shared().resolve("eval-data/duc2004").toString(),
                "--systems", "nope", "--limit", "1");
        assertThat(unknown.status()).isEqualTo(2);
        assertThat(unknown.err()).contains("unknown system \"nope\"");
    }

    @Test
    void scoresTimelineSystemsOnTimelineData() throws IOException {
        Path out = tmp.resolve("timelines.json");
        Path mj = CliRun.shared().resolve("eval-data/timeline17/MJ.jsonl");
        CliRun run = CliRun.of("eval", "--dataset", mj.toString(), "--out", out.toString());
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("MJ.jsonl, 1 timelines in 1 topics")
                .contains("| system | date F1 | concat R-1 F | concat R-2 F | AR-1 F | AR-2 F |")
                .contains("| random-dates | ").contains("| date-mentions | ");
        JsonNode json = new ObjectMapper().readTree(out.toFile());
        JsonNode aligned = json.get("systems").get("date-mentions").get("aligned");
        assertThat(aligned.get("ROUGE-2").get("F").asDouble()).isBetween(0.0, 1.0);
        assertThat(json.get("systems").get("date-mentions").get("timelines").fieldNames()).toIterable()
                .containsExactly("MJ_bbc/bbc.co.uk");
    }

    @Test
    void unicodeTokenizationScoresMultiLingPeersInTheSameRun() throws IOException {
        Path out = tmp.resolve("ar.json");
        Path ar = CliRun.shared().resolve("eval-data/multiling2011/ar");
        CliRun run = CliRun.of("eval", "--dataset", ar.toString(), "--words", "250", "--tokenize", "unicode",
                "--systems", "lead", "--limit", "2", "--peers", ar.resolve("peers.jsonl").toString(), "--out", out.toString());
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("Unicode tokens").contains("| lead | ").contains("| JRC1 | ");
        JsonNode json = new ObjectMapper().readTree(out.toFile());
        assertThat(json.get("settings").get("tokenize").asText()).isEqualTo("unicode");
        assertThat(json.get("settings").get("rougeFlags").asText()).doesNotContain("-m");
        // Arabic words count: with ROUGE-1.5.5's ASCII tokens a lead summary shares little more than its numbers
        assertThat(json.get("systems").get("lead").get("ROUGE-2").get("F").asDouble()).isGreaterThan(0.1);
        CliRun bad = CliRun.of("eval", "--dataset", ar.toString(), "--tokenize", "bytes");
        assertThat(bad.status()).isEqualTo(2);
        assertThat(bad.err()).contains("--tokenize must be ascii or unicode");
    }
}
