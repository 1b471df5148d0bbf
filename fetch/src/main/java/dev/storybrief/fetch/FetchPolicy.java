package dev.storybrief.fetch;

import java.time.Duration;

/**
 * The rules every fetch keeps. {@link #defaults()} are polite for the open web: robots.txt obeyed, one request
 * at a time per host with at least a second between them (longer when robots.txt asks), a few hosts at once,
 * 10 s to connect, 20 s without a byte, 60 s in all, 5 MB per answer, 5 redirects, and no internal addresses.
 *
 * @param userAgent      the {@code User-Agent} header; names the program and how to learn about it
 * @param robotsAgent    the name robots.txt groups are matched against
 * @param hostDelay      least time between the end of one request to a host and the start of the next
 * @param maxCrawlDelay  a robots.txt {@code Crawl-delay} above this is capped to it
 * @param concurrency    requests in flight at once, over all hosts
 * @param connectTimeout time to open a connection
 * @param readTimeout    longest wait for the next bytes of an answer (and for its headers)
 * @param totalTimeout   longest time for a whole request, redirects excluded
 * @param maxBytes       largest answer accepted, after decompression; a larger one is refused
 * @param maxRedirects   redirects followed at most
 * @param allowPrivate   let URLs reach loopback, private and link-local addresses (tests, a local network)
 * @param obeyRobots     check robots.txt before every request
 */
public record FetchPolicy(String userAgent, String robotsAgent, Duration hostDelay, Duration maxCrawlDelay,
                          int concurrency, Duration connectTimeout, Duration readTimeout, Duration totalTimeout,
                          long maxBytes, int maxRedirects, boolean allowPrivate, boolean obeyRobots) {

    /** The name robots.txt rules are matched against. */
    public static final String AGENT = "storybrief";
    /** The default User-Agent: the program, its version and what it does. */
    public static final String USER_AGENT = "storybrief/0.1 (news briefing reader; obeys robots.txt; "
            + "+https://github.com/storybrief/storybrief)";
    /** The default size cap: 5 MB. */
    public static final long DEFAULT_MAX_BYTES = 5L * 1024 * 1024;

    public FetchPolicy {
        require(userAgent != null && !userAgent.isBlank(), "a User-Agent is required");
        require(!hostDelay.isNegative() && !maxCrawlDelay.isNegative(), "delays cannot be negative");
        require(concurrency >= 1, "concurrency must be at least 1, got " + concurrency);
        require(!connectTimeout.isNegative() && !connectTimeout.isZero()
                && !readTimeout.isNegative() && !readTimeout.isZero()
                && !totalTimeout.isNegative() && !totalTimeout.isZero(), "time limits must be positive");
        require(maxBytes >= 1, "maxBytes must be positive, got " + maxBytes);
        require(maxRedirects >= 0, "maxRedirects cannot be negative");
    }

    /** The polite defaults. */
    public static FetchPolicy defaults() {
        return new FetchPolicy(USER_AGENT, AGENT, Duration.ofSeconds(1), Duration.ofSeconds(30), 4,
                Duration.ofSeconds(10), Duration.ofSeconds(20), Duration.ofSeconds(60), DEFAULT_MAX_BYTES, 5, false, true);
    }

    /** These rules with another User-Agent (keep it honest: name the program and a contact). */
    public FetchPolicy withUserAgent(String agent) {
        return new FetchPolicy(agent, robotsAgent, hostDelay, maxCrawlDelay, concurrency, connectTimeout, readTimeout,
                totalTimeout, maxBytes, maxRedirects, allowPrivate, obeyRobots);
    }

    /** These rules with another least delay between requests to one host. */
    public FetchPolicy withHostDelay(Duration delay) {
        return new FetchPolicy(userAgent, robotsAgent, delay, maxCrawlDelay, concurrency, connectTimeout, readTimeout,
                totalTimeout, maxBytes, maxRedirects, allowPrivate, obeyRobots);
    }

    /** These rules with another number of requests in flight at once. */
    public FetchPolicy withConcurrency(int requests) {
        return new FetchPolicy(userAgent, robotsAgent, hostDelay, maxCrawlDelay, requests, connectTimeout, readTimeout,
                totalTimeout, maxBytes, maxRedirects, allowPrivate, obeyRobots);
    }

    /** These rules with other time limits. */
    public FetchPolicy withTimeouts(Duration connect, Duration read, Duration total) {
        return new FetchPolicy(userAgent, robotsAgent, hostDelay, maxCrawlDelay, concurrency, connect, read, total,
                maxBytes, maxRedirects, allowPrivate, obeyRobots);
    }

    /** These rules with another size cap. */
    public FetchPolicy withMaxBytes(long bytes) {
        return new FetchPolicy(userAgent, robotsAgent, hostDelay, maxCrawlDelay, concurrency, connectTimeout,
                readTimeout, totalTimeout, bytes, maxRedirects, allowPrivate, obeyRobots);
    }

    /** These rules with loopback, private and link-local addresses allowed or refused. */
    public FetchPolicy withAllowPrivate(boolean allow) {
        return new FetchPolicy(userAgent, robotsAgent, hostDelay, maxCrawlDelay, concurrency, connectTimeout,
                readTimeout, totalTimeout, maxBytes, maxRedirects, allow, obeyRobots);
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }
}
