package dev.storybrief.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storybrief.BriefingInterruptedException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.Test;

/** The time limit of a briefing, and who holds a place while a stopped briefing winds down. */
class BriefingPoolTest {

    /** Work that runs until interrupted, as the pipeline does between articles. */
    private static String untilInterrupted() {
        while (true) {
            BriefingInterruptedException.check();
            Thread.onSpinWait();
        }
    }

    /** Work that ignores interrupts (a stage between checks) until the latch opens. */
    private static String ignoringInterruptsUntil(CountDownLatch release) {
        while (release.getCount() > 0) {
            Thread.onSpinWait();
        }
        return "late";
    }

    private static void awaitZero(IntSupplier places) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (places.getAsInt() != 0 && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(places.getAsInt()).as("places still taken").isZero();
    }

    @Test
    void aBriefingPastTheLimitIsStoppedAnswered503AndItsPlaceFreed() throws Exception {
        try (BriefingPool pool = new BriefingPool(1, 1, Duration.ofMillis(100))) {
            try (BriefingPool.Admission admission = pool.admit()) {
                assertThatThrownBy(() -> admission.run(BriefingPoolTest::untilInterrupted))
                        .isInstanceOfSatisfying(ApiProblem.class, p -> assertThat(p.status()).isEqualTo(503))
                        .hasMessageContaining("took longer than 100 ms and was stopped");
            }
            awaitZero(pool::placesTaken);
            try (BriefingPool.Admission admission = pool.admit()) {
                assertThat(admission.run(() -> "done")).as("the worker is free again").isEqualTo("done");
            }
            assertThat(pool.placesTaken()).isZero();
        }
    }

    /** Work that ignores the interrupt keeps its place until it really ends, so admissions stay an honest bound. */
    @Test
    void aStoppedBriefingHoldsItsPlaceUntilItsWorkerLetsGo() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        try (BriefingPool pool = new BriefingPool(1, 0, Duration.ofMillis(50))) {
            try (BriefingPool.Admission admission = pool.admit()) {
                assertThatThrownBy(() -> admission.run(() -> ignoringInterruptsUntil(release)))
                        .isInstanceOf(ApiProblem.class);
            }
            // the request has been answered, but its worker is still busy: the only place stays taken
            assertThat(pool.placesTaken()).isEqualTo(1);
            assertThatThrownBy(pool::admit).isInstanceOfSatisfying(ApiProblem.class,
                    p -> assertThat(p.status()).isEqualTo(503));
            release.countDown();
            awaitZero(pool::placesTaken);
        }
    }

    /** A request that times out while still queued behind another frees its place at once: its work never runs. */
    @Test
    void aQueuedBriefingThatTimesOutNeverRuns() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch firstRunning = new CountDownLatch(1);
        try (BriefingPool pool = new BriefingPool(1, 1, Duration.ofMillis(200))) {
            BriefingPool.Admission first = pool.admit();
            Thread busy = new Thread(() -> {
                try {
                    first.run(() -> {
                        firstRunning.countDown();
                        return ignoringInterruptsUntil(release);
                    });
                } catch (Exception expected) {
                    // timed out while the latch holds it; its place stays taken until release
                } finally {
                    first.close();
                }
            });
            busy.start();
            assertThat(firstRunning.await(20, TimeUnit.SECONDS)).isTrue();
            boolean[] ran = {false};
            try (BriefingPool.Admission second = pool.admit()) {
                assertThatThrownBy(() -> second.run(() -> ran[0] = true)).isInstanceOf(ApiProblem.class);
            }
            release.countDown();
            busy.join(20_000);
            awaitZero(pool::placesTaken);
            assertThat(ran[0]).as("the queued work was dropped, not run late").isFalse();
        }
    }
}
