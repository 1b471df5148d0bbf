package dev.storybrief.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;

class WarmupTest {
    @Test
    void helpExtractAndNoCommandStartNoWarmup() {
        assertThat(Warmup.startFor(new String[] {"--help"})).isEmpty();
        assertThat(Warmup.startFor(new String[] {"extract", "page.html"})).isEmpty();
        assertThat(Warmup.startFor(new String[0])).isEmpty();
    }

    @Test
    void briefStartsADaemonThatFinishesOnItsOwn() throws InterruptedException {
        assumeTrue(Runtime.getRuntime().availableProcessors() >= 2, "one core: no warm-up by design");
        Thread warmup = Warmup.startFor(new String[] {"brief", "folder"}).orElseThrow();
        assertThat(warmup.isDaemon()).isTrue();
        assertThat(warmup.getName()).isEqualTo("storybrief-warmup");
        warmup.join(120_000);
        assertThat(warmup.isAlive()).isFalse();
    }
}
