package dev.storybrief.server.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WatchLogTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private WatchLog log(boolean terminal) {
        return new WatchLog(new PrintStream(out, true, StandardCharsets.UTF_8), terminal);
    }

    private String written() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void offATerminalProgressIsSilentButASingleRunSaysWhatItDid() {
        WatchLog log = log(false);
        log.progress("cycle 1: 3 feeds polled, 2/9 new items fetched");
        assertThat(written()).isEmpty();
        log.result("cycle 1: 3 feeds polled, 9 new articles, 2 stories changed, 2 briefed, 1 failed items (0.4 s)");
        assertThat(written()).startsWith("storybrief watch: ")
                .endsWith(" cycle 1: 3 feeds polled, 9 new articles, 2 stories changed, 2 briefed, 1 failed items (0.4 s)"
                        + System.lineSeparator())
                .hasLineCount(1);
    }

    @Test
    void onATerminalTheResultReplacesTheProgressLineAndStays() {
        WatchLog log = log(true);
        log.progress("cycle 1: 3 feeds polled, 2/9 new items fetched");
        log.result("cycle 1: 3 feeds polled, 9 new articles");
        assertThat(written()).endsWith("\r\u001b[2Kcycle 1: 3 feeds polled, 9 new articles" + System.lineSeparator());
    }
}
