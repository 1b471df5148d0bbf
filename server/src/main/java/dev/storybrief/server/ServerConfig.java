package dev.storybrief.server;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How a {@link StorybriefServer} runs.
 *
 * @param bind            address to listen on; loopback by default so nothing outside the machine reaches it
 * @param port            port to listen on; 0 picks a free one (see {@link StorybriefServer#port()})
 * @param dataDir         folder holding the embedded database
 * @param allowDir        the only folder whose files a request may name by server-side path, or {@code null} for none
 * @param token           bearer token every {@code /api} call must carry, or {@code null} for none
 * @param maxRequestBytes largest request body accepted, in bytes
 * @param maxArticles     most articles in one brief
 * @param maxWords        largest summary word budget a request may ask for
 * @param workers         threads that run the (CPU-bound) pipeline
 * @param queueCapacity   requests that may wait for a worker; past workers + queue the server answers 503
 * @param briefTimeout    longest a briefing may run; past it the briefing is stopped and the answer is 503
 */
public record ServerConfig(String bind, int port, Path dataDir, Path allowDir, String token, long maxRequestBytes,
                           int maxArticles, int maxWords, int workers, int queueCapacity, Duration briefTimeout) {

    /** Default request size limit: news articles are kilobytes, 50 of them with their HTML fit easily. */
    public static final long DEFAULT_MAX_REQUEST_BYTES = 5L * 1024 * 1024;
    public static final int DEFAULT_MAX_ARTICLES = 50;
    public static final int DEFAULT_MAX_WORDS = 2000;
    public static final int DEFAULT_QUEUE = 32;
    /** A 50-article request briefs in well under a second; a minute means something is wrong with the input. */
    public static final long DEFAULT_BRIEF_TIMEOUT_SECONDS = 60;
    public static final Duration DEFAULT_BRIEF_TIMEOUT = Duration.ofSeconds(DEFAULT_BRIEF_TIMEOUT_SECONDS);

    public ServerConfig {
        if (bind == null || bind.isBlank()) {
            throw new IllegalArgumentException("the bind address must not be empty");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("the port must be 0..65535, got " + port);
        }
        if (dataDir == null) {
            throw new IllegalArgumentException("a data folder is required");
        }
        if (maxRequestBytes < 1024 || maxArticles < 1 || maxWords < 1 || workers < 1 || queueCapacity < 0) {
            throw new IllegalArgumentException("limits must be positive (request bytes at least 1024)");
        }
        if (briefTimeout == null || briefTimeout.isNegative() || briefTimeout.isZero()) {
            throw new IllegalArgumentException("the briefing time limit must be positive");
        }
        if (token != null && token.isBlank()) {
            token = null;
        }
    }

    /** Loopback, port 8080, default limits, one worker per core, data in {@code dataDir}. */
    public static ServerConfig defaults(Path dataDir) {
        return new ServerConfig("127.0.0.1", 8080, dataDir, null, null, DEFAULT_MAX_REQUEST_BYTES,
                DEFAULT_MAX_ARTICLES, DEFAULT_MAX_WORDS, Runtime.getRuntime().availableProcessors(), DEFAULT_QUEUE,
                DEFAULT_BRIEF_TIMEOUT);
    }

    /** This configuration on another port. */
    public ServerConfig withPort(int newPort) {
        return new ServerConfig(bind, newPort, dataDir, allowDir, token, maxRequestBytes, maxArticles, maxWords,
                workers, queueCapacity, briefTimeout);
    }

    /** This configuration with a server-side folder requests may read from. */
    public ServerConfig withAllowDir(Path dir) {
        return new ServerConfig(bind, port, dataDir, dir, token, maxRequestBytes, maxArticles, maxWords, workers,
                queueCapacity, briefTimeout);
    }

    /** This configuration requiring a bearer token. */
    public ServerConfig withToken(String newToken) {
        return new ServerConfig(bind, port, dataDir, allowDir, newToken, maxRequestBytes, maxArticles, maxWords,
                workers, queueCapacity, briefTimeout);
    }

    /** This configuration with other size limits. */
    public ServerConfig withLimits(long requestBytes, int articles) {
        return new ServerConfig(bind, port, dataDir, allowDir, token, requestBytes, articles, maxWords, workers,
                queueCapacity, briefTimeout);
    }

    /** This configuration with another pool size. */
    public ServerConfig withPool(int workerCount, int queue) {
        return new ServerConfig(bind, port, dataDir, allowDir, token, maxRequestBytes, maxArticles, maxWords,
                workerCount, queue, briefTimeout);
    }

    /** This configuration with another time limit per briefing. */
    public ServerConfig withBriefTimeout(Duration limit) {
        return new ServerConfig(bind, port, dataDir, allowDir, token, maxRequestBytes, maxArticles, maxWords, workers,
                queueCapacity, limit);
    }
}
