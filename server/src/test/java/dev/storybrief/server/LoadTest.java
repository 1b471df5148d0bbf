package dev.storybrief.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 16 concurrent clients on loopback post the five-article example for a bounded time: no request may be lost
 * (every one answered 201 and stored) and the throughput and p99 latency are printed and written to
 * {@code target/load-report.txt}. The duration is {@code -Dstorybrief.load.seconds} (default 10; the figures in
 * BENCH-server.md come from 60: {@code mvn -o test -pl server -Dtest=LoadTest -Dstorybrief.load.seconds=60}).
 */
class LoadTest {
    private static final int CLIENTS = 16;
    private static final int MAX_SECONDS = 60;
    private static final int MAX_REQUESTS_PER_CLIENT = 5_000;

    @TempDir
    Path data;

    @Test
    void sixteenClientsLoseNoRequest() throws Exception {
        int seconds = Math.min(MAX_SECONDS, Integer.getInteger("storybrief.load.seconds", 10));
        int workers = Runtime.getRuntime().availableProcessors();
        ServerConfig config = ServerConfig.defaults(data).withPort(0).withPool(workers, ServerConfig.DEFAULT_QUEUE);
        Map<String, Object> body = Map.of("articles", TestFiles.millbrookAsJson(), "words", 120);

        try (StorybriefServer server = StorybriefServer.start(config)) {
            Http http = new Http(server.uri());
            http.postJson("/api/briefs", body); // warm-up: loads the models, compiles the hot paths
            int before = http.get("/api/briefs?limit=1").json().get("total").asInt();

            ConcurrentLinkedQueue<Long> latenciesNanos = new ConcurrentLinkedQueue<>();
            ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
            AtomicInteger created = new AtomicInteger();
            long start = System.nanoTime();
            long end = start + seconds * 1_000_000_000L;
            AtomicLong peakHeap = new AtomicLong();
            Thread sampler = new Thread(() -> {
                Runtime rt = Runtime.getRuntime();
                while (System.nanoTime() < end) {
                    peakHeap.accumulateAndGet(rt.totalMemory() - rt.freeMemory(), Math::max);
                    try {
                        Thread.sleep(100);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "heap-sampler");
            sampler.setDaemon(true);
            sampler.start();
            List<Thread> clients = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                Thread t = new Thread(() -> {
                    for (int n = 0; n < MAX_REQUESTS_PER_CLIENT && System.nanoTime() < end; n++) {
                        long sent = System.nanoTime();
                        try {
                            Http.Reply r = http.postJson("/api/briefs", body);
                            latenciesNanos.add(System.nanoTime() - sent);
                            if (r.status() == 201) {
                                created.incrementAndGet();
                            } else {
                                failures.add(r.toString());
                            }
                        } catch (RuntimeException e) {
                            failures.add(e.toString());
                        }
                    }
                }, "load-client-" + c);
                t.start();
                clients.add(t);
            }
            // every client stops asking at the end and its last request ends with its reply (or Http's guard): the
            // counts are read once all are done, not after a time that a loaded machine may overrun
            for (Thread t : clients) {
                t.join();
            }
            double elapsed = (System.nanoTime() - start) / 1e9;
            int stored = http.get("/api/briefs?limit=1").json().get("total").asInt() - before;

            List<Long> sorted = new ArrayList<>(latenciesNanos);
            Collections.sort(sorted);
            String report = String.format(Locale.ROOT, "load test: %d clients, %d s asked, %.1f s run, %d cores, %d workers:"
                            + " %d requests, %d created (201), %d failed, %d stored; throughput %.2f briefs/s;"
                            + " latency p50 %.0f ms, p99 %.0f ms, max %.0f ms; heap in use at most %d MB (of %d MB max),"
                            + " sampled every 100 ms, test clients included%n",
                    CLIENTS, seconds, elapsed, Runtime.getRuntime().availableProcessors(), workers, sorted.size(),
                    created.get(), failures.size(), stored, created.get() / elapsed, percentile(sorted, 50),
                    percentile(sorted, 99), sorted.isEmpty() ? 0.0 : sorted.get(sorted.size() - 1) / 1e6,
                    peakHeap.get() >> 20, Runtime.getRuntime().maxMemory() >> 20);
            System.out.print(report);
            Files.writeString(Path.of("target", "load-report.txt"), report, StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);

            assertThat(failures).as("requests not answered 201").isEmpty();
            assertThat(sorted).as("requests made").hasSizeGreaterThanOrEqualTo(CLIENTS);
            assertThat(stored).as("briefings stored, one per 201").isEqualTo(created.get());
        }
    }

    private static double percentile(List<Long> sortedNanos, int p) {
        if (sortedNanos.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sortedNanos.size()) - 1;
        return sortedNanos.get(Math.max(0, index)) / 1e6;
    }
}
