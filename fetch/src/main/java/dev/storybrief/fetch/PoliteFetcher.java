package dev.storybrief.fetch;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Semaphore;

/**
 * Fetches pages, feeds and sitemaps the polite and safe way, by the rules of a {@link FetchPolicy}: robots.txt
 * obeyed for every URL, a pause between requests to one host ({@code Crawl-delay} when longer), a bounded number
 * of requests in flight, time limits, a size cap that refuses rather than truncates, at most a few redirects each
 * checked like the first URL, gzip, conditional requests, and only http(s) URLs that resolve to public addresses.
 *
 * <pre>{@code
 * PoliteFetcher fetcher = PoliteFetcher.create(FetchPolicy.defaults());
 * FetchResult page = fetcher.fetch(URI.create("https://example.org/news/1.html"), Validators.NONE, Accept.PAGE);
 * }</pre>
 *
 * <p>Thread-safe: one fetcher serves every thread of a process, which is what keeps its per-host pauses honest.
 */
public final class PoliteFetcher {
    private static final long ROBOTS_MAX_BYTES = 512 * 1024;

    private final FetchPolicy policy;
    private final AddressGuard guard;
    private final HttpExchange exchange;
    private final HostPacer pacer = new HostPacer();
    private final Semaphore inFlight;
    private final RobotsRules robots;

    private PoliteFetcher(FetchPolicy policy) {
        this.policy = policy;
        this.guard = new AddressGuard(policy.allowPrivate());
        this.exchange = new HttpExchange(policy);
        this.inFlight = new Semaphore(policy.concurrency(), true);
        this.robots = new RobotsRules(policy.robotsAgent(),
                uri -> get(uri, Validators.NONE, Accept.ROBOTS, false, ROBOTS_MAX_BYTES),
                (origin, verdict) -> pacer.holdOff(origin, longer(policy.hostDelay(), verdict.crawlDelay())));
    }

    /** A fetcher keeping these rules. */
    public static PoliteFetcher create(FetchPolicy policy) {
        return new PoliteFetcher(policy);
    }

    /** The rules this fetcher keeps. */
    public FetchPolicy policy() {
        return policy;
    }

    /**
     * Parses a URL given by a person or a feed: absolute http(s) only, the fragment dropped.
     *
     * @throws FetchException of kind {@link FetchFailure#BAD_URL} when it is not one
     */
    public static URI parse(String url) throws FetchException {
        URI uri;
        try {
            uri = new URI(url.strip());
            if (uri.getRawFragment() != null) {
                uri = new URI(uri.getScheme(), uri.getRawSchemeSpecificPart(), null);
            }
        } catch (URISyntaxException e) {
            // Java's own wording ("Expected closing bracket for IPv6 address at index 11") tells a reader little
            throw FetchException.notAUrl(url.strip().replaceAll("\\s+", " "), problem(e));
        }
        AddressGuard.checkSyntax(uri);
        return uri;
    }

    /** What is wrong with an address, in a reader's words where the parser's are about its own state. */
    private static String problem(URISyntaxException e) {
        String reason = e.getReason();
        if (reason.contains("closing bracket")) {
            return "an IPv6 address in [ ] has no closing ']'";
        }
        if (reason.contains("Illegal character")) {
            return "a character that must be written %-encoded, at position " + (e.getIndex() + 1);
        }
        return reason.toLowerCase(java.util.Locale.ROOT) + (e.getIndex() >= 0 ? " at position " + (e.getIndex() + 1) : "");
    }

    /** Fetches a page unconditionally. */
    public FetchResult fetchPage(URI uri) throws FetchException, InterruptedException {
        return fetch(uri, Validators.NONE, Accept.PAGE);
    }

    /**
     * Fetches {@code uri}, sending {@code validators} so an unchanged resource answers 304.
     *
     * @throws FetchException for every refusal and failure, with its kind and one-line reason
     */
    public FetchResult fetch(URI uri, Validators validators, Accept accept) throws FetchException, InterruptedException {
        return get(uri, validators, accept, policy.obeyRobots(), policy.maxBytes());
    }

    private FetchResult get(URI requested, Validators validators, Accept accept, boolean checkRobots, long cap)
            throws FetchException, InterruptedException {
        URI uri = requested;
        Validators sent = validators;
        for (int redirects = 0; ; redirects++) {
            guard.check(uri);
            Duration pause = policy.hostDelay();
            if (checkRobots) {
                RobotsRules.Verdict verdict = robots.verdictFor(uri);
                if (!verdict.allows(uri)) {
                    throw new FetchException(FetchFailure.ROBOTS, uri, verdict.refusal(policy.robotsAgent()));
                }
                pause = longer(pause, verdict.crawlDelay());
            }
            HttpExchange.Answer answer = exchange(uri, headers(accept, sent), pause, cap);
            int status = answer.status();
            if (isRedirect(status)) {
                if (redirects >= policy.maxRedirects()) {
                    throw new FetchException(FetchFailure.REDIRECTS, requested, "more than " + policy.maxRedirects()
                            + " redirects", status);
                }
                uri = redirectTarget(uri, answer);
                sent = Validators.NONE;
                continue;
            }
            if (status == 304) {
                return new FetchResult(requested, uri, status, null, sent, new byte[0], Instant.now());
            }
            if (status / 100 != 2) {
                throw new FetchException(FetchFailure.HTTP_STATUS, uri, "HTTP " + status, status);
            }
            return new FetchResult(requested, uri, status, mediaType(answer.header("Content-Type")),
                    new Validators(answer.header("ETag"), answer.header("Last-Modified")), answer.body(), Instant.now());
        }
    }

    private HttpExchange.Answer exchange(URI uri, Map<String, String> headers, Duration pause, long cap)
            throws FetchException, InterruptedException {
        try (HostPacer.Turn turn = pacer.await(RobotsRules.origin(uri), pause)) {
            inFlight.acquire();
            try {
                return exchange.get(uri, headers, cap);
            } finally {
                inFlight.release();
            }
        }
    }

    private Map<String, String> headers(Accept accept, Validators validators) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("User-Agent", policy.userAgent());
        headers.put("Accept", accept.header());
        headers.put("Accept-Encoding", "gzip");
        if (validators.etag() != null) {
            headers.put("If-None-Match", validators.etag());
        }
        if (validators.lastModified() != null) {
            headers.put("If-Modified-Since", validators.lastModified());
        }
        return headers;
    }

    private Duration longer(Duration pause, Duration crawlDelay) {
        if (crawlDelay == null) {
            return pause;
        }
        Duration capped = crawlDelay.compareTo(policy.maxCrawlDelay()) > 0 ? policy.maxCrawlDelay() : crawlDelay;
        return capped.compareTo(pause) > 0 ? capped : pause;
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    private static URI redirectTarget(URI from, HttpExchange.Answer answer) throws FetchException {
        String location = answer.header("Location");
        if (location == null || location.isBlank()) {
            throw new FetchException(FetchFailure.REDIRECTS, from, "redirect without a Location", answer.status());
        }
        try {
            URI target = from.resolve(new URI(location.strip()));
            return parse(target.toString());
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new FetchException(FetchFailure.REDIRECTS, from, "redirect to an invalid URL", answer.status());
        }
    }

    private static String mediaType(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return null;
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }
}
