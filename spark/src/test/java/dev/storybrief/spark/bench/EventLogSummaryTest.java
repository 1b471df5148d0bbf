package dev.storybrief.spark.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventLogSummaryTest {

    private static String taskEnd(String executor, String reason, long cpuNanos, long heapBytes) {
        return "{\"Event\":\"SparkListenerTaskEnd\",\"Stage ID\":1,\"Task End Reason\":{\"Reason\":\"" + reason + "\"},"
                + "\"Task Info\":{\"Executor ID\":\"" + executor + "\"},"
                + "\"Task Executor Metrics\":{\"JVMHeapMemory\":" + heapBytes + "},"
                + "\"Task Metrics\":{\"Executor CPU Time\":" + cpuNanos + ",\"Executor Deserialize CPU Time\":500000000}}";
    }

    @Test
    void sumsCpuAndTakesThePeakHeapPerExecutor(@TempDir Path tmp) throws IOException {
        Path log = tmp.resolve("app-1");
        Files.write(log, List.of(
                "{\"Event\":\"SparkListenerApplicationStart\",\"Timestamp\":1000}",
                taskEnd("0", "Success", 2_000_000_000L, 300L << 20),
                taskEnd("0", "Success", 1_000_000_000L, 700L << 20),
                taskEnd("1", "ExecutorLostFailure", 0, 0),
                taskEnd("1", "Success", 4_000_000_000L, 200L << 20),
                "{\"Event\":\"SparkListenerExecutorRemoved\",\"Executor ID\":\"1\"}",
                "{\"Event\":\"SparkListenerApplicationEnd\",\"Timestamp\":61000}"));
        JsonNode summary = new ObjectMapper().readTree(EventLogSummary.summarise(log));

        assertThat(summary.get("wallSeconds").asDouble()).isEqualTo(60.0);
        // 2 + 1 + 0 + 4 seconds of CPU, plus half a second of deserialising per task
        assertThat(summary.get("taskCpuSeconds").asDouble()).isEqualTo(9.0);
        assertThat(summary.get("tasks").asInt()).isEqualTo(4);
        assertThat(summary.get("failedTasks").asInt()).isEqualTo(1);
        assertThat(summary.get("executorsRemoved").asInt()).isEqualTo(1);
        assertThat(summary.get("peakExecutorHeapMB").asInt()).isEqualTo(700);
        assertThat(summary.get("executors").get("0").get("peakHeapMB").asInt()).isEqualTo(700);
        assertThat(summary.get("executors").get("1").get("failed").asInt()).isEqualTo(1);
        assertThat(summary.get("executors").get("1").get("cpuSeconds").asDouble()).isEqualTo(5.0);
    }

    @Test
    void readsARollingZstdLogFolderInOrder(@TempDir Path tmp) throws IOException {
        Path folder = Files.createDirectories(tmp.resolve("eventlog_v2_app-1"));
        zstd(folder.resolve("events_2_app-1.zstd"), List.of(taskEnd("0", "Success", 3_500_000_000L, 1L << 20),
                "{\"Event\":\"SparkListenerApplicationEnd\",\"Timestamp\":11000}"));
        zstd(folder.resolve("events_1_app-1.zstd"), List.of("{\"Event\":\"SparkListenerApplicationStart\",\"Timestamp\":1000}"));
        Files.writeString(folder.resolve("appstatus_app-1"), "");
        JsonNode summary = new ObjectMapper().readTree(EventLogSummary.summarise(folder));
        assertThat(summary.get("wallSeconds").asDouble()).isEqualTo(10.0);
        assertThat(summary.get("taskCpuSeconds").asDouble()).isEqualTo(4.0);
    }

    private static void zstd(Path file, List<String> lines) throws IOException {
        try (java.io.OutputStream out = new com.github.luben.zstd.ZstdOutputStream(Files.newOutputStream(file))) {
            out.write((String.join("\n", lines) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
    }
}
