package dev.storybrief.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.cli.CliRun;
import org.junit.jupiter.api.Test;

/** {@code storybrief serve} through the whole command line, with the server jar on the class path. */
class ServeCommandLineTest {

    @Test
    void theCommandLineFindsServeInThisJar() {
        CliRun help = CliRun.of("serve", "--help");
        assertThat(help.status()).as(help.err()).isZero();
        assertThat(help.out()).contains("Serve the briefing page and JSON API").contains("--allow-dir").contains("--brief-timeout");
    }

    @Test
    void aBadOptionIsAUsageError() {
        CliRun run = CliRun.of("serve", "--port", "not-a-number");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).startsWith("storybrief: error: ").contains("Try 'storybrief serve --help'");
    }
}
