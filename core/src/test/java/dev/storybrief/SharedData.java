package dev.storybrief;

import dev.storybrief.util.SharedFolder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Assumptions;

/**
 * The one place tests of every module find their data: the shared folder beside the repository ({@link SharedFolder})
 * and the repository itself. Shipped in core's test jar, which the other modules' tests depend on.
 *
 * <p>Without the shared folder (a fresh clone on its own) a test that needs it is skipped, and the module's test run
 * says so once, in one line; with the environment variable {@code CI=true} that is a failure instead, so a CI run
 * never passes by skipping. A shared folder that lacks a file a test needs is always a failure.
 */
public final class SharedData {
    private static final AtomicBoolean ANNOUNCED = new AtomicBoolean();

    private SharedData() {
    }

    /** The shared folder; skips the calling test when it is missing (fails on CI). */
    public static Path root() {
        return SharedFolder.find().orElseGet(SharedData::skipOrFail);
    }

    /** A path under the shared folder ({@code "examples/..."}, {@code "eval-data/..."}), which must exist. */
    public static Path path(String relative) {
        Path path = root().resolve(relative);
        if (!Files.exists(path)) {
            throw new AssertionError(SharedFolder.missingMessage(relative));
        }
        return path;
    }

    /** A path under {@code shared/eval-data}, which must exist. */
    public static Path evalData(String relative) {
        return path("eval-data/" + relative);
    }

    /** The real NATO/Libya example cluster. */
    public static Path natoCluster() {
        return path("examples/nato-libya-2011");
    }

    /** The repository root: from the build ({@code storybrief.root}), else the parent of the module's folder. */
    public static Path repositoryRoot() {
        String root = System.getProperty("storybrief.root");
        Path base = root != null ? Path.of(root) : Path.of("").toAbsolutePath().getParent();
        if (!Files.isDirectory(base.resolve("examples"))) {
            throw new AssertionError("not the repository root (no examples/ in it): " + base);
        }
        return base;
    }

    /** The project's bundled example cluster. */
    public static Path bundledExample() {
        return repositoryRoot().resolve("examples/millbrook-bridge");
    }

    private static Path skipOrFail() {
        String missing = SharedFolder.missingMessage();
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new AssertionError(missing + " (CI=true: the tests that need it must run)");
        }
        if (ANNOUNCED.compareAndSet(false, true) && firstInThisBuild()) {
            System.err.println("storybrief tests: " + missing + "; skipping the tests that need it (CI=true fails instead)");
        }
        return Assumptions.abort("needs the shared folder beside the repository");
    }

    /**
     * Whether no other test JVM of this module's run said it yet: a module's tests run in two JVMs (surefire's
     * forkCount), both started (through a shell) by the same Maven JVM, so the first to create a file named after
     * that JVM speaks. Outside Maven (no target folder) every JVM speaks.
     */
    private static boolean firstInThisBuild() {
        Path target = Path.of("target");
        if (!Files.isDirectory(target)) {
            return true;
        }
        long build = 0;
        for (var up = ProcessHandle.current().parent(); up.isPresent(); up = up.get().parent()) {
            if (up.get().info().command().filter(c -> c.endsWith("/java")).isPresent()) {
                build = up.get().pid();
                break;
            }
        }
        if (build == 0) {
            return true;
        }
        try {
            Files.createFile(target.resolve("shared-missing-announced-" + build));
            return true;
        } catch (java.nio.file.FileAlreadyExistsException e) {
            return false;
        } catch (java.io.IOException e) {
            return true;
        }
    }
}
