package dev.storybrief.spark.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.luben.zstd.ZstdInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What a Spark event log ({@code spark.eventLog.enabled=true}) says about a run, the same way for local mode and a
 * cluster: wall time of the application, CPU time of its tasks, and per executor the tasks run and failed and the
 * peak JVM heap in use ({@code JVMHeapMemory} of the task-end executor metrics: heap occupied, garbage included, so
 * bounded by the executor's {@code -Xmx}). Prints one JSON line.
 *
 * <pre>{@code java -cp ... dev.storybrief.spark.bench.EventLogSummary /tmp/events/app-2026...}</pre>
 */
public final class EventLogSummary {
    private static final ObjectMapper JSON = new ObjectMapper();

    private EventLogSummary() {
    }

    /** One argument: the event log file, or the folder of a rolling one ({@code eventlog_v2_*}, Spark 4's default). */
    public static void main(String[] args) throws IOException {
        if (args.length != 1 || !Files.exists(Path.of(args[0]))) {
            System.err.println("usage: EventLogSummary <event log file or eventlog_v2_* folder>");
            System.exit(2);
        }
        System.out.println(summarise(Path.of(args[0])));
    }

    /** Per executor: tasks, failed tasks, CPU seconds, peak heap. */
    private static final class Executor {
        long tasks;
        long failed;
        double cpuSeconds;
        long peakHeap;
    }

    /** What the events of one application add up to. */
    private static final class Run {
        final Map<String, Executor> executors = new TreeMap<>();
        long start;
        long end;
        long removed;

        void add(JsonNode event) {
            switch (event.path("Event").asText()) {
                case "SparkListenerApplicationStart" -> start = event.path("Timestamp").asLong();
                case "SparkListenerApplicationEnd" -> end = event.path("Timestamp").asLong();
                case "SparkListenerExecutorRemoved" -> removed++;
                case "SparkListenerTaskEnd" -> {
                    Executor e = executors.computeIfAbsent(event.path("Task Info").path("Executor ID").asText(),
                            id -> new Executor());
                    e.tasks++;
                    if (!"Success".equals(event.path("Task End Reason").path("Reason").asText())) {
                        e.failed++;
                    }
                    JsonNode metrics = event.path("Task Metrics");
                    e.cpuSeconds += (metrics.path("Executor CPU Time").asLong()
                            + metrics.path("Executor Deserialize CPU Time").asLong()) / 1e9;
                    e.peakHeap = Math.max(e.peakHeap, event.path("Task Executor Metrics").path("JVMHeapMemory").asLong());
                }
                default -> {
                }
            }
        }
    }

    /** The event files of a log in order: the file itself, or a rolling log's {@code events_N_*} files by N. */
    private static List<Path> files(Path log) throws IOException {
        if (!Files.isDirectory(log)) {
            return List.of(log);
        }
        try (Stream<Path> listed = Files.list(log)) {
            return listed.filter(p -> p.getFileName().toString().startsWith("events_"))
                    .sorted(Comparator.comparingInt(p -> Integer.parseInt(p.getFileName().toString().split("_")[1])))
                    .toList();
        }
    }

    /** Spark compresses event logs with zstd by default ({@code spark.eventLog.compress}). */
    private static BufferedReader open(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        if (file.getFileName().toString().endsWith(".zstd")) {
            in = new ZstdInputStream(in);
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    /** The summary line of one event log (a file or a rolling log's folder). */
    static String summarise(Path log) throws IOException {
        Run run = new Run();
        for (Path file : files(log)) {
            try (BufferedReader in = open(file)) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    run.add(JSON.readTree(line));
                }
            }
        }
        Map<String, Executor> executors = run.executors;
        StringBuilder perExecutor = new StringBuilder();
        double cpu = 0;
        long tasks = 0;
        long failed = 0;
        long peak = 0;
        for (Map.Entry<String, Executor> entry : executors.entrySet()) {
            Executor e = entry.getValue();
            cpu += e.cpuSeconds;
            tasks += e.tasks;
            failed += e.failed;
            peak = Math.max(peak, e.peakHeap);
            perExecutor.append(perExecutor.isEmpty() ? "" : ",").append(String.format(Locale.ROOT,
                    "\"%s\":{\"tasks\":%d,\"failed\":%d,\"cpuSeconds\":%.1f,\"peakHeapMB\":%d}",
                    entry.getKey(), e.tasks, e.failed, e.cpuSeconds, e.peakHeap >> 20));
        }
        return String.format(Locale.ROOT, "{\"wallSeconds\":%.1f,\"taskCpuSeconds\":%.1f,\"tasks\":%d,"
                        + "\"failedTasks\":%d,\"executorsRemoved\":%d,\"peakExecutorHeapMB\":%d,\"executors\":{%s}}",
                (run.end - run.start) / 1e3, cpu, tasks, failed, run.removed, peak >> 20, perExecutor);
    }
}
