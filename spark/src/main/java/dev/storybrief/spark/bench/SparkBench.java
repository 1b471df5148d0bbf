package dev.storybrief.spark.bench;

import dev.storybrief.spark.JobOptions;
import dev.storybrief.spark.PipelineReport;
import dev.storybrief.spark.StoryJob;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.apache.spark.sql.SparkSession;

/**
 * One benchmark run of the job: {@code <master> <input .jsonl> <output folder> [job options...]}. Prints one JSON
 * line: stage times, articles/s, briefings/s, and the peak memory of this JVM, which in local mode is the one
 * executor: heap in use at its peak (garbage included, so it follows {@code -Xmx}), live heap (the most the heap
 * held right after a garbage collection: what the run needs) and RSS (the kernel's high-water mark). Run each configuration in
 * a fresh JVM so that peaks do not carry over; {@code spark/bench.sh} does.
 */
public final class SparkBench {
    private SparkBench() {
    }

    /** Runs one configuration. */
    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            System.err.println("usage: SparkBench <master> <input> <output> [job options...]");
            System.exit(2);
        }
        String master = args[0];
        String[] jobArgs = new String[args.length - 3 + 4];
        jobArgs[0] = "--input";
        jobArgs[1] = args[1];
        jobArgs[2] = "--output";
        jobArgs[3] = args[2];
        System.arraycopy(args, 3, jobArgs, 4, args.length - 3);
        JobOptions options = JobOptions.parse(jobArgs);
        SparkSession spark = SparkSession.builder().appName("storybrief-bench").master(master)
                .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.ui.enabled", "false").getOrCreate();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        LiveHeap live = LiveHeap.watch();
        PipelineReport report;
        try {
            report = StoryJob.run(spark, options);
        } finally {
            spark.stop();
        }
        long peakHeap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.out.println(String.format(Locale.ROOT, "{\"master\":\"%s\",\"cores\":%d,\"articles\":%d,\"blocks\":%d,"
                        + "\"stories\":%d,\"briefings\":%d,\"edgeLinks\":%d,\"groupSeconds\":%.1f,\"linkSeconds\":%.1f,"
                        + "\"briefSeconds\":%.1f,\"totalSeconds\":%.1f,\"articlesPerSecond\":%.1f,"
                        + "\"groupArticlesPerSecond\":%.1f,\"briefingsPerSecond\":%.1f,\"peakHeapMB\":%d,"
                        + "\"peakLiveHeapMB\":%d,\"peakRssMB\":%d,\"maxHeapMB\":%d,\"loadAverage1m\":\"%s\"}",
                master, Runtime.getRuntime().availableProcessors(), report.articles(), report.blocks(),
                report.stories(), report.briefings(), report.edgeLinks(), report.groupSeconds(), report.linkSeconds(),
                report.briefSeconds(), report.seconds(), report.articles() / report.seconds(),
                report.articles() / report.groupSeconds(), report.briefings() / report.briefSeconds(),
                peakHeap >> 20, live.peakBytes() >> 20, peakRssKb() >> 10, Runtime.getRuntime().maxMemory() >> 20,
                loadAverage()));
        System.err.println(report.describe() + " " + Arrays.toString(args));
    }

    /** The machine's 1-minute load average at the end (other work on a shared machine slows a run). */
    private static String loadAverage() throws IOException {
        Path load = Path.of("/proc/loadavg");
        return Files.exists(load) ? Files.readString(load).split(" ")[0] : "";
    }

    /** The process's peak resident set (VmHWM), in KB; 0 where /proc is absent. */
    private static long peakRssKb() throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.exists(status)) {
            return 0;
        }
        return Files.readAllLines(status).stream().filter(l -> l.startsWith("VmHWM:"))
                .map(l -> l.replaceAll("\\D", "")).mapToLong(Long::parseLong).findFirst().orElse(0);
    }
}
