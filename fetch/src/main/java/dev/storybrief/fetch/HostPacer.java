package dev.storybrief.fetch;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One request at a time per host, and a pause between them: a host's next request starts no sooner than its
 * delay after the previous one ended. Waiting threads are served in arrival order.
 */
final class HostPacer {
    private final Map<String, Slot> slots = new ConcurrentHashMap<>();

    /** The host's turn, held for the duration of one request; close it when the request has ended. */
    interface Turn extends AutoCloseable {
        @Override
        void close();
    }

    private static final class Slot {
        final ReentrantLock lock = new ReentrantLock(true);
        long nextStartNanos = System.nanoTime();
    }

    /**
     * Makes {@code host}'s next request wait at least {@code pause} from now: for a pause learnt after the request
     * that taught it (robots.txt's Crawl-delay).
     */
    void holdOff(String host, Duration pause) {
        Slot slot = slots.computeIfAbsent(host, h -> new Slot());
        slot.lock.lock();
        try {
            slot.nextStartNanos = Math.max(slot.nextStartNanos, System.nanoTime() + pause.toNanos());
        } finally {
            slot.lock.unlock();
        }
    }

    /** Waits until {@code host} is free and its pause has passed; the pause after this request is {@code delay}. */
    Turn await(String host, Duration delay) throws InterruptedException {
        Slot slot = slots.computeIfAbsent(host, h -> new Slot());
        slot.lock.lockInterruptibly();
        try {
            long wait = slot.nextStartNanos - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
        } catch (InterruptedException e) {
            slot.lock.unlock();
            throw e;
        }
        return () -> {
            slot.nextStartNanos = System.nanoTime() + delay.toNanos();
            slot.lock.unlock();
        };
    }
}
