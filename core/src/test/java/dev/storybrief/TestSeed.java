package dev.storybrief;

import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * The seed of every randomized test, Lucene-style: {@code -Dstorybrief.seed=N} when given (to reproduce a failure),
 * else a new one per run, so that every run tries other inputs. Each test JVM prints it once when a randomized test
 * first asks for it (a module's tests run in two JVMs, each with its own seed unless one is given); a class registered with {@code @ExtendWith(TestSeed.class)} also prints it beside each failure.
 * In core's test jar, for every module's tests.
 */
public final class TestSeed implements TestWatcher {
    /** System property that fixes the seed. */
    public static final String PROPERTY = "storybrief.seed";

    private static final long SEED = chosen();
    private static volatile boolean announced;

    /** The seed of this run. */
    public static long value() {
        if (!announced) {
            announced = true;
            System.out.println("storybrief tests: randomized with -D" + PROPERTY + "=" + SEED);
        }
        return SEED;
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        System.err.println("storybrief tests: " + context.getRequiredTestClass().getSimpleName() + "."
                + context.getDisplayName() + " failed with seed " + SEED + "; reproduce with -D" + PROPERTY + "=" + SEED);
    }

    private static long chosen() {
        String given = System.getProperty(PROPERTY);
        if (given == null || given.isBlank()) {
            return ThreadLocalRandom.current().nextLong();
        }
        try {
            return Long.parseLong(given.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("-D" + PROPERTY + " must be a whole number, got \"" + given + "\"", e);
        }
    }
}
