package dev.storybrief.server;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs briefings, which are CPU-bound, on a fixed number of worker threads. A request must be admitted before
 * its body is even read: at most {@code workers + queue} requests are admitted at once, so memory stays bounded
 * however many clients connect, and the rest are told to come back (503) instead of piling up. A briefing that
 * has not finished within the time limit is interrupted (the pipeline stops at its next check) and answered with
 * 503; its place is only given back once its worker has really stopped, so a stream of slow requests cannot
 * pile up work behind the admissions.
 */
final class BriefingPool implements AutoCloseable {
    private final Semaphore admissions;
    private final ThreadPoolExecutor executor;
    private final Duration timeout;
    private final int capacity;

    BriefingPool(int workers, int queue, Duration timeout) {
        this.capacity = workers + queue;
        this.admissions = new Semaphore(capacity);
        this.timeout = timeout;
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

    /** Places taken now (admitted requests and briefings still stopping), for tests and health. */
    int placesTaken() {
        return capacity - admissions.availablePermits();
    }

    /** One admitted request; its place is freed when the request is closed and its work has stopped. */
    final class Admission implements AutoCloseable {
        /** The request itself, plus one while its work may still run on a worker. */
        private final AtomicInteger holders = new AtomicInteger(1);
        private boolean closed;

        private Admission() {
        }

        /**
         * Runs {@code work} on a worker and waits for it, at most the pool's time limit; its exceptions are
         * rethrown as they are.
         */
        <T> T run(Callable<T> work) throws Exception {
            AtomicBoolean started = new AtomicBoolean();
            holders.incrementAndGet();
            Future<T> result;
            try {
                result = executor.submit(() -> {
                    if (!started.compareAndSet(false, true)) {
                        return null; // given up on before it started: the waiting side let go of its hold
                    }
                    try {
                        return work.call();
                    } finally {
                        letGo();
                    }
                });
            } catch (RejectedExecutionException e) {
                letGo();
                throw new ApiProblem(503, "the server is shutting down");
            }
            try {
                return result.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            } catch (ExecutionException e) {
                throw e.getCause() instanceof Exception ex ? ex : new IllegalStateException(e.getCause());
            } catch (TimeoutException e) {
                stop(result, started);
                throw new ApiProblem(503, "the briefing took longer than " + (timeout.toMillis() % 1000 == 0
                        ? timeout.toSeconds() + " s" : timeout.toMillis() + " ms")
                        + " and was stopped; send fewer or shorter articles");
            } catch (InterruptedException e) {
                stop(result, started);
                Thread.currentThread().interrupt();
                throw new ApiProblem(503, "the server is shutting down");
            }
        }

        private void stop(Future<?> result, AtomicBoolean started) {
            result.cancel(true);
            if (started.compareAndSet(false, true)) {
                letGo(); // it never ran and never will
            }
        }

        private void letGo() {
            if (holders.decrementAndGet() == 0) {
                admissions.release();
            }
        }

        @Override
        public void close() {
            if (!closed) {
                closed = true;
                letGo();
            }
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
