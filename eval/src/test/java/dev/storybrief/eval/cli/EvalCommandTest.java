package dev.storybrief.eval.cli;

import dev.storybrief.SharedData;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storybrief.cli.CliRun;
import java.io.IOException;
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
}
