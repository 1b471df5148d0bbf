package dev.storybrief.eval.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storybrief.SharedData;
import dev.storybrief.cli.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The eval and bench commands through the whole command line, with their jar on the class path. */
class EvalCommandTest {
    @TempDir
    Path tmp;

    @Test
    void printsOneTableAndWritesResults() throws IOException {
        Path out = tmp.resolve("results.json");
        Path duc = SharedData.evalData("duc2004");
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
        CliRun unknown = CliRun.of("eval", "--dataset", SharedData.evalData("duc2004").toString(),
                "--systems", "nope", "--limit", "1");
        assertThat(unknown.status()).isEqualTo(2);
        assertThat(unknown.err()).contains("unknown system \"nope\"");
    }

    @Test
    void theCommandLineListsAndRunsThePluginCommandsOfThisJar() {
        CliRun help = CliRun.of("--help");
        assertThat(help.out()).containsPattern("eval +Score summarizers").containsPattern("bench +Time the whole briefing");
        CliRun benchHelp = CliRun.of("bench", "--help");
        assertThat(benchHelp.status()).isZero();
        assertThat(benchHelp.out()).contains("Time the whole briefing").contains("--warmup").contains("--rounds");
    }

    @Test
    void scoresTimelineSystemsOnTimelineData() throws IOException {
        SharedData.evalData("rouge-vectors/rouge-data"); // the timeline ROUGE reads the scorer's data files
        // a made-up topic in the Timeline17 layout (the harness on the real topics is tested in eval.timeline)
        Path data = Files.createDirectories(tmp.resolve("timelines"));
        Files.writeString(data.resolve("bridge.jsonl"), "{\"id\":\"bridge_x\",\"topic\":\"bridge\",\"documents\":["
                + "{\"id\":\"a\",\"date\":\"2011-10-21\",\"text\":\"The council voted on Oct. 19 to close the old bridge.\\n"
                + "Repairs began on Oct. 20 after the vote.\"},"
                + "{\"id\":\"b\",\"date\":\"2011-10-22\",\"text\":\"On Oct. 19 the council voted to close the bridge for repairs.\"}],"
                + "\"timelines\":[{\"id\":\"tl\",\"entries\":[{\"date\":\"2011-10-19\",\"text\":\"The council votes to close the bridge.\"},"
                + "{\"date\":\"2011-10-20\",\"text\":\"Repairs begin.\"}]}]}\n");
        Path out = tmp.resolve("timelines.json");
        CliRun run = CliRun.of("eval", "--dataset", data.toString(), "--out", out.toString());
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("timelines, 1 timelines in 1 topics (2 articles)")
                .contains("| system | date F1 | concat R-1 F | concat R-2 F | AR-1 F | AR-2 F |")
                .contains("| random-dates | ").contains("| date-mentions | 1.000 | ").contains("| storybrief | 1.000 | ");
        JsonNode json = new ObjectMapper().readTree(out.toFile());
        JsonNode mentions = json.get("systems").get("date-mentions");
        assertThat(mentions.get("dates").get("F").asDouble()).isEqualTo(1.0);
        assertThat(mentions.get("aligned").get("ROUGE-1").get("F").asDouble()).isBetween(0.1, 1.0);
        assertThat(mentions.get("timelines").fieldNames()).toIterable().containsExactly("bridge_x/tl");
    }

    @Test
    void unicodeTokenizationScoresMultiLingPeersInTheSameRun() throws IOException {
        Path out = tmp.resolve("ar.json");
        Path ar = SharedData.evalData("multiling2011/ar");
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
