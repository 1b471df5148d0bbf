package dev.storybrief.server;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code storybrief serve}: the web page and JSON API, briefings kept in {@code --data}. Runs until stopped
 * (Ctrl+C); prints one line with the address it serves once it listens.
 * Registered in the command line's {@code plugin-commands.txt}, which also holds its one-line description.
 */
@Command(name = "serve", mixinStandardHelpOptions = true)
public final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--port", defaultValue = "8080", description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "${sys:user.home}/.storybrief",
            description = "Folder of the briefing database (default: ${DEFAULT-VALUE}).")
    String data;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
    String bind;

    @Option(names = "--allow-dir", paramLabel = "DIR",
            description = "Let requests name files and folders on this machine, inside DIR only.")
    Path allowDir;

    @Option(names = "--token", paramLabel = "T", defaultValue = "${env:STORYBRIEF_TOKEN}",
            description = "Require 'Authorization: Bearer T' on every /api call (default: $STORYBRIEF_TOKEN, else none).")
    String token;

    @Option(names = "--max-request-bytes", paramLabel = "N", defaultValue = "" + ServerConfig.DEFAULT_MAX_REQUEST_BYTES,
            description = "Largest request body (default: ${DEFAULT-VALUE}).")
    long maxRequestBytes;

    @Option(names = "--max-articles", paramLabel = "N", defaultValue = "" + ServerConfig.DEFAULT_MAX_ARTICLES,
            description = "Most articles in one brief (default: ${DEFAULT-VALUE}).")
    int maxArticles;

    @Option(names = "--workers", paramLabel = "N", description = "Threads that brief (default: one per core).")
    Integer workers;

    @Option(names = "--queue", paramLabel = "N", defaultValue = "" + ServerConfig.DEFAULT_QUEUE,
            description = "Requests that may wait for a worker before the server answers 503 (default: ${DEFAULT-VALUE}).")
    int queue;

    @Option(names = "--brief-timeout", paramLabel = "SECONDS",
            defaultValue = "" + ServerConfig.DEFAULT_BRIEF_TIMEOUT_SECONDS, description = "Stop a briefing that runs longer and answer 503 (default: ${DEFAULT-VALUE}).")
    long briefTimeoutSeconds;

    /** Runs {@code storybrief serve} on its own, without the rest of the command line. */
    public static void main(String[] args) {
        CommandLines.runAlone(new ServeCommand(), args);
    }

    @Override
    public Integer call() throws InterruptedException {
        ServerConfig config = new ServerConfig(bind, port, dataDir(), allowDir, token, maxRequestBytes, maxArticles,
                ServerConfig.DEFAULT_MAX_WORDS, workers == null ? Runtime.getRuntime().availableProcessors() : workers,
                queue, java.time.Duration.ofSeconds(briefTimeoutSeconds));
        StorybriefServer server = StorybriefServer.start(config);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            stopped.countDown();
        }, "storybrief-serve-stop"));
        PrintWriter out = spec.commandLine().getOut();
        out.println("storybrief: serving " + server.uri() + " (data in " + config.dataDir() + ")");
        out.flush();
        if (!isLoopbackName(bind) && config.token() == null) {
            spec.commandLine().getErr().println("storybrief: warning: listening on " + bind
                    + " without --token: anyone who reaches this address can read and add briefings");
        }
        stopped.await();
        return 0;
    }

    private Path dataDir() {
        return CommandLines.dataDir(data);
    }

    private static boolean isLoopbackName(String address) {
        return address.equals("127.0.0.1") || address.equals("localhost") || address.equals("::1");
    }
}
