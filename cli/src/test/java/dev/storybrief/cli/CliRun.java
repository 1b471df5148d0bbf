package dev.storybrief.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Runs the command line in-process and captures what it prints; public for the tests of the commands in the
 * server and eval jars.
 *
 * @param status the exit status
 * @param out what went to standard output
 * @param err what went to standard error
 */
public record CliRun(int status, String out, String err) {

    /** Runs {@code storybrief args...}. */
    public static CliRun of(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int status = Main.run(args);
            return new CliRun(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    /** The repository root, from the build, or the parent of the module folder. */
    public static Path root() {
        String root = System.getProperty("storybrief.root");
        return root != null ? Path.of(root) : Path.of("").toAbsolutePath().getParent();
    }

    /** ../shared, or a failure: the end-to-end tests need the real cluster. */
    public static Path shared() {
        String property = System.getProperty("storybrief.shared");
        Path p = property != null ? Path.of(property) : root().resolveSibling("shared");
        if (!Files.isDirectory(p.resolve("eval-data"))) {
            throw new AssertionError("../shared/eval-data is missing beside the repository: " + p);
        }
        return p;
    }
}
