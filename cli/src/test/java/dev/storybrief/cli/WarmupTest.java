package dev.storybrief.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;

class WarmupTest {
    private static long warmupThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals("storybrief-warmup") && t.isAlive()).count();
    }

    @Test
    void helpAndExtractStartNoWarmup() {
        long before = warmupThreads();
        Warmup.startFor(new String[] {"--help"});
        Warmup.startFor(new String[] {"extract", "page.html"});
        Warmup.startFor(new String[0]);
        assertThat(warmupThreads()).isEqualTo(before);
    }

    @Test
    void briefStartsADaemonThatFinishesOnItsOwn() throws InterruptedException {
        assumeTrue(Runtime.getRuntime().availableProcessors() >= 2, "one core: no warm-up by design");
        Warmup.startFor(new String[] {"brief", "folder"});
        Thread warmup = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals("storybrief-warmup")).findFirst().orElseThrow();
        assertThat(warmup.isDaemon()).isTrue();
        warmup.join(120_000);
        assertThat(warmup.isAlive()).isFalse();
    }
}
