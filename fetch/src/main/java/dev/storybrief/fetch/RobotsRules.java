package dev.storybrief.fetch;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * robots.txt per origin (scheme, host and port), parsed by crawler-commons and kept for an hour. A missing file
 * (4xx) allows everything; a server error or an unreachable file disallows the origin for a few minutes, as
 * RFC 9309 asks. {@code Crawl-delay} is read for the per-host pause.
 */
final class RobotsRules {
    /** Fetches an origin's robots.txt: the answer, or the failure. */
    @FunctionalInterface
    interface Loader {
        FetchResult load(URI robotsTxt) throws FetchException, InterruptedException;
    }

    /** Told about every robots.txt read, with the origin it rules. */
    @FunctionalInterface
    interface Listener {
        void loaded(String origin, Verdict verdict);
    }

    /**
     * What robots.txt says about one URL's origin.
     *
     * @param rules        the rules read, or those of a robots.txt that could not be fetched
     * @param serverStatus the HTTP status of a robots.txt the server failed to give (5xx: nothing may be fetched for a
     *                     while), or 0 when the site's own rules speak
     */
    record Verdict(BaseRobotRules rules, int serverStatus) {
        Verdict(BaseRobotRules rules) {
            this(rules, 0);
        }

        boolean allows(URI uri) {
            return rules.isAllowed(uri.toString());
        }

        /**
         * Why a URL it refuses is not fetched, in plain words for the reader: the site forbids it, or its robots.txt
         * failed and the site is left alone for a while.
         */
        String refusal(String agent) {
            return serverStatus >= 500
                    ? "the site's robots.txt could not be read (HTTP " + serverStatus + "), so nothing is fetched from the"
                    + " site for a few minutes: try again later"
                    : "the site forbids fetching this page: its robots.txt disallows it for automated readers like "
                    + agent + " (save the page from a browser and give the saved file instead)";
        }

        /** The pause robots.txt asks for, or null when it names none. */
        Duration crawlDelay() {
            long millis = rules.getCrawlDelay();
            return millis == BaseRobotRules.UNSET_CRAWL_DELAY || millis < 0 ? null : Duration.ofMillis(millis);
        }
    }

    private static final long FOUND_TTL_NANOS = Duration.ofHours(1).toNanos();
    private static final long FAILED_TTL_NANOS = Duration.ofMinutes(5).toNanos();

    private record Entry(Verdict verdict, long expiresNanos) {
    }

    private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
    private final String agent;
    private final Loader loader;
    private final Listener listener;
    private final Map<String, Entry> byOrigin = new ConcurrentHashMap<>();
    private final Map<String, Object> locks = new ConcurrentHashMap<>();

    RobotsRules(String agent, Loader loader, Listener listener) {
        this.agent = agent;
        this.loader = loader;
        this.listener = listener;
        // A Crawl-delay above the parser's own ceiling would make it refuse the whole site; the fetcher caps it.
        parser.setMaxCrawlDelay(Long.MAX_VALUE);
    }

    /**
     * The verdict for {@code uri}'s origin, fetching robots.txt when it is not known or has expired.
     *
     * @throws FetchException when robots.txt cannot be reached at all (no such host, no connection, a time-out):
     *                        the page would fail the same way, and the log should say so
     */
    Verdict verdictFor(URI uri) throws FetchException, InterruptedException {
        String origin = origin(uri);
        Entry entry = byOrigin.get(origin);
        if (entry != null && entry.expiresNanos() - System.nanoTime() > 0) {
            return entry.verdict();
        }
        synchronized (locks.computeIfAbsent(origin, o -> new Object())) {
            entry = byOrigin.get(origin);
            if (entry == null || entry.expiresNanos() - System.nanoTime() <= 0) {
                entry = load(origin);
                byOrigin.put(origin, entry);
                listener.loaded(origin, entry.verdict());
            }
            return entry.verdict();
        }
    }

    private Entry load(String origin) throws FetchException, InterruptedException {
        URI robots = URI.create(origin + "/robots.txt");
        try {
            FetchResult found = loader.load(robots);
            BaseRobotRules rules = parser.parseContent(robots.toString(), found.body(),
                    found.contentType() == null ? "text/plain" : found.contentType(), List.of(agent));
            return new Entry(new Verdict(rules), System.nanoTime() + FOUND_TTL_NANOS);
        } catch (FetchException e) {
            return switch (e.failure()) {
                // RFC 9309: an unavailable robots.txt (4xx) allows everything; an unreachable one (5xx) nothing
                case HTTP_STATUS -> new Entry(new Verdict(parser.failedFetch(e.status()), e.status() >= 500 ? e.status() : 0),
                        System.nanoTime() + (e.status() < 500 ? FOUND_TTL_NANOS : FAILED_TTL_NANOS));
                // a robots.txt that is no text file, or too big to be one, says nothing
                case TOO_BIG, WRONG_TYPE, BAD_CONTENT, REDIRECTS -> new Entry(new Verdict(parser.failedFetch(404)),
                        System.nanoTime() + FOUND_TTL_NANOS);
                default -> throw e;
            };
        }
    }

    /** {@code scheme://host:port}, lower case, the unit robots.txt and the per-host pause apply to. */
    static String origin(URI uri) {
        String scheme = uri.getScheme().toLowerCase(java.util.Locale.ROOT);
        int port = uri.getPort() >= 0 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
        return scheme + "://" + uri.getHost().toLowerCase(java.util.Locale.ROOT) + ":" + port;
    }
}
