package dev.storybrief.fuzz;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs one fuzz input on a worker thread with a time limit and measures the bytes it allocates, which bounds the
 * memory it can hold. A hang shows up as a timeout naming the input instead of a test run that never ends; the stuck
 * worker is abandoned (daemon thread) and a fresh one takes over.
 */
public final class BoundedRun implements AutoCloseable {

    /** What one input did: its result, or the failure it threw, and the bytes its thread allocated. */
    public record Outcome<T>(T value, Throwable failure, long allocatedBytes, long cpuNanos, boolean timedOut) {
    }

    private ExecutorService worker = newWorker();

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "fuzz-worker");
            t.setDaemon(true);
            return t;
        });
    }

    /** Runs {@code task}, waiting at most {@code limitSeconds}. */
    public <T> Outcome<T> run(Callable<T> task, long limitSeconds) throws InterruptedException {
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        long[] allocated = new long[2];
        Future<T> future = worker.submit(() -> {
            long before = threads.getCurrentThreadAllocatedBytes();
            long cpu = threads.getCurrentThreadCpuTime();
            try {
                return task.call();
            } finally {
                allocated[0] = threads.getCurrentThreadAllocatedBytes() - before;
                allocated[1] = threads.getCurrentThreadCpuTime() - cpu;
            }
        });
        try {
            return new Outcome<>(future.get(limitSeconds, TimeUnit.SECONDS), null, allocated[0], allocated[1], false);
        } catch (ExecutionException e) {
            return new Outcome<>(null, e.getCause(), allocated[0], allocated[1], false);
        } catch (TimeoutException e) {
            future.cancel(true);
            worker.shutdownNow();
            worker = newWorker();
            return new Outcome<>(null, null, allocated[0], allocated[1], true);
        }
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
