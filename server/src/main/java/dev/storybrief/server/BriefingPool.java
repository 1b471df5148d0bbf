package dev.storybrief.server;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs briefings, which are CPU-bound, on a fixed number of worker threads. A request must be admitted before
 * its body is even read: at most {@code workers + queue} requests are admitted at once, so memory stays bounded
 * however many clients connect, and the rest are told to come back (503) instead of piling up.
 */
final class BriefingPool implements AutoCloseable {
    private final Semaphore admissions;
    private final ThreadPoolExecutor executor;

    BriefingPool(int workers, int queue) {
        int capacity = workers + queue;
        this.admissions = new Semaphore(capacity);
        AtomicInteger n = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(workers, workers, 0, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(capacity), r -> {
                    Thread t = new Thread(r, "storybrief-brief-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
    }

    /** A place for one request, held until it is closed; 503 when every place is taken. */
    Admission admit() {
        if (!admissions.tryAcquire()) {
            throw new ApiProblem(503, "the server is busy briefing other requests; retry in a moment");
        }
        return new Admission();
    }

    /** One admitted request; closing it frees its place. */
    final class Admission implements AutoCloseable {
        private boolean closed;

        private Admission() {
        }

        /** Runs {@code work} on a worker and waits for it; its exceptions are rethrown as they are. */
        <T> T run(Callable<T> work) throws Exception {
            Future<T> result = executor.submit(work);
            try {
                return result.get();
            } catch (ExecutionException e) {
                throw e.getCause() instanceof Exception ex ? ex : new IllegalStateException(e.getCause());
            } catch (InterruptedException e) {
                result.cancel(true);
                Thread.currentThread().interrupt();
                throw new ApiProblem(503, "the server is shutting down");
            }
        }

        @Override
        public void close() {
            if (!closed) {
                closed = true;
                admissions.release();
            }
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
