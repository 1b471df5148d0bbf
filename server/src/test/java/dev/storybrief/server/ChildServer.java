package dev.storybrief.server;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code storybrief serve} in a separate JVM, so a test can kill it the hard way. */
final class ChildServer implements AutoCloseable {
    private static final Pattern SERVING = Pattern.compile("serving (http://\\S+/)");

    private final Process process;
    private final URI uri;

    private ChildServer(Process process, URI uri) {
        this.process = process;
        this.uri = uri;
    }

    /** Starts a server on a free port with its data in {@code data}; waits until it listens. */
    static ChildServer start(Path data, String... extraArgs) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                ServeCommand.class.getName(), "--port", "0", "--data", data.toString()));
        command.addAll(List.of(extraArgs));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<URI> serving = CompletableFuture.supplyAsync(() -> {
            try {
                StringBuilder seen = new StringBuilder();
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    Matcher m = SERVING.matcher(line);
                    if (m.find()) {
                        drain(out);
                        return URI.create(m.group(1));
                    }
                    seen.append(line).append('\n');
                }
                throw new IllegalStateException("the child server exited before listening:\n" + seen);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        try {
            return new ChildServer(process, serving.get(60, TimeUnit.SECONDS));
        } catch (TimeoutException | java.util.concurrent.ExecutionException e) {
            process.destroyForcibly().waitFor();
            throw new IllegalStateException("the child server did not start: " + e.getMessage(), e);
        }
    }

    /** Keeps reading the child's output so it never blocks on a full pipe. */
    private static void drain(BufferedReader out) {
        Thread t = new Thread(() -> {
            try {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    System.out.println("[child] " + line);
                }
            } catch (IOException ignored) {
                // the child is gone
            }
        }, "child-server-output");
        t.setDaemon(true);
        t.start();
    }

    URI uri() {
        return uri;
    }

    /** Kills the JVM at once, as a power cut to the process would: no shutdown hook runs. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the child server did not die");
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            kill();
        }
    }
}
