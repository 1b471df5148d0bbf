package dev.storybrief.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The command line of the CLI jar alone: every command listed, the server and the benchmark harness absent. */
class MainTest {

    @Test
    void helpListsEveryCommandIncludingThoseOfOtherJars() {
        CliRun help = CliRun.of("--help");
        assertThat(help.status()).isZero();
        for (String command : List.of("brief", "annotate", "extract", "stories", "serve", "eval", "bench", "watch", "help")) {
            assertThat(help.out()).containsPattern("(?m)^ +" + command + " ");
        }
        assertThat(help.out()).contains("Serve the briefing page and JSON API");
    }

    @ParameterizedTest
    @ValueSource(strings = {"brief", "stories", "annotate", "extract", "timeline"})
    void everyCommandPrintsTheVersionItsHelpPromises(String command) {
        String version = CliRun.of("--version").out().strip();
        assertThat(version).startsWith("storybrief ");
        assertThat(CliRun.of(command, "--help").out()).contains("-V, --version");
        for (String flag : List.of("-V", "--version")) {
            CliRun run = CliRun.of(command, flag);
            assertThat(run.status()).isZero();
            assertThat(run.out().strip()).isEqualTo(version);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"serve", "eval", "bench", "watch"})
    void aCommandWhoseJarIsMissingSaysInOneLineHowToBuildIt(String command) {
        CliRun run = CliRun.of(command, "--port", "0", "anything");
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).singleElement().asString()
                .startsWith("storybrief: error: '" + command + "' needs the ")
                .contains("./storybrief").contains(" -am -DskipTests package");
    }

    @ParameterizedTest
    @ValueSource(strings = {"io.javalin.Javalin", "org.eclipse.jetty.server.Server", "org.sqlite.JDBC",
            "org.openjdk.jmh.annotations.Benchmark", "dev.storybrief.eval.rouge.RougeScorer", "dev.storybrief.server.ServeCommand"})
    void theCliJarShipsNoServerAndNoBenchmarkHarness(String className) {
        // the test class path holds everything the CLI jar ships with (its runtime libraries)
        assertThatThrownBy(() -> Class.forName(className)).isInstanceOf(ClassNotFoundException.class);
    }

    @Test
    void theRegistryReadsOneCommandALineAndRejectsAShortLine() {
        List<PluginCommand> commands = PluginCommand.parse(List.of("# comment", "", "watch  server  a.b.Watch  Watch a feed, live."));
        assertThat(commands).containsExactly(new PluginCommand("watch", "server", "a.b.Watch", "Watch a feed, live."));
        assertThat(PluginCommand.registered()).extracting(PluginCommand::name).containsExactly("serve", "eval", "bench", "watch");
        assertThatThrownBy(() -> PluginCommand.parse(List.of("watch server")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("watch server");
    }
}
