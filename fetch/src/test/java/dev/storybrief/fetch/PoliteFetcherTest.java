package dev.storybrief.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** The fetcher's rules against a server on this machine. */
class PoliteFetcherTest {
    private static final FetchPolicy LOCAL = FetchPolicy.defaults().withAllowPrivate(true).withHostDelay(Duration.ZERO)
            .withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(2), Duration.ofSeconds(10)).withMaxBytes(100_000);

    private static FetchFailure failure(ThrowingFetch fetch) {
        try {
            fetch.run();
        } catch (FetchException e) {
            return e.failure();
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("fetched, expected a failure");
    }

    @FunctionalInterface
    interface ThrowingFetch {
        void run() throws FetchException, InterruptedException;
    }

    @Test
    void aBodyOverTheCapIsRefusedWhetherDeclaredOrStreamed() throws Exception {
        byte[] big = "<p>x</p>".repeat(20_000).getBytes(StandardCharsets.UTF_8);
        try (LocalServer server = new LocalServer()
                .on("/declared", e -> LocalServer.send(e, 200, "text/html", big))
                .on("/streamed", e -> {
                    e.getResponseHeaders().set("Content-Type", "text/html");
                    e.sendResponseHeaders(200, 0);
                    try (OutputStream out = e.getResponseBody()) {
                        for (int i = 0; i < 100; i++) {
                            out.write(big);
                        }
                    }
                })
                .on("/bomb", e -> {
                    e.getResponseHeaders().set("Content-Encoding", "gzip");
                    LocalServer.send(e, 200, "text/html", gzip(new byte[5_000_000]));
                })
                .on("/fits", e -> LocalServer.send(e, 200, "text/html", "<p>small</p>"))) {
            PoliteFetcher fetcher = PoliteFetcher.create(LOCAL);
            assertThat(failure(() -> fetcher.fetchPage(server.uri("/declared")))).isEqualTo(FetchFailure.TOO_BIG);
            assertThat(failure(() -> fetcher.fetchPage(server.uri("/streamed")))).isEqualTo(FetchFailure.TOO_BIG);
            assertThat(failure(() -> fetcher.fetchPage(server.uri("/bomb")))).isEqualTo(FetchFailure.TOO_BIG);
            assertThat(new String(fetcher.fetchPage(server.uri("/fits")).body(), StandardCharsets.UTF_8)).isEqualTo("<p>small</p>");
        }
    }

    @Test
    void gzipIsAskedForAndUndone() throws Exception {
        try (LocalServer server = new LocalServer().on("/z", e -> {
            e.getResponseHeaders().set("Content-Encoding", "gzip");
            LocalServer.send(e, 200, "text/html; charset=utf-8", gzip("<p>zipped</p>".getBytes(StandardCharsets.UTF_8)));
        })) {
            FetchResult result = PoliteFetcher.create(LOCAL).fetchPage(server.uri("/z"));
            assertThat(new String(result.body(), StandardCharsets.UTF_8)).isEqualTo("<p>zipped</p>");
            assertThat(result.contentType()).isEqualTo("text/html");
            assertThat(server.hits.stream().filter(h -> h.path().equals("/z")).findFirst().orElseThrow().acceptEncoding())
                    .contains("gzip");
        }
    }

    @Test
    void fiveRedirectsAreFollowedAndASixthIsNot() throws Exception {
        try (LocalServer server = new LocalServer()) {
            for (int i = 0; i < 6; i++) {
                String next = i == 5 ? "/end" : "/r" + (i + 1);
                server.on("/r" + i, e -> {
                    e.getResponseHeaders().set("Location", next);
                    e.sendResponseHeaders(302, -1);
                });
            }
            server.on("/end", e -> LocalServer.send(e, 200, "text/html", "<p>end</p>"));
            PoliteFetcher fetcher = PoliteFetcher.create(LOCAL);
            FetchResult fromOne = fetcher.fetchPage(server.uri("/r1"));
            assertThat(fromOne.finalUri().getPath()).isEqualTo("/end");
            assertThat(failure(() -> fetcher.fetchPage(server.uri("/r0")))).isEqualTo(FetchFailure.REDIRECTS);
        }
    }

    @Test
    void anUnchangedResourceCostsA304() throws Exception {
        try (LocalServer server = new LocalServer().on("/feed", e -> {
            e.getResponseHeaders().set("ETag", "\"v7\"");
            if ("\"v7\"".equals(e.getRequestHeaders().getFirst("If-None-Match"))) {
                e.sendResponseHeaders(304, -1);
            } else {
                LocalServer.send(e, 200, "application/rss+xml", "<rss/>");
            }
        })) {
            PoliteFetcher fetcher = PoliteFetcher.create(LOCAL);
            FetchResult first = fetcher.fetch(server.uri("/feed"), Validators.NONE, Accept.FEED);
            assertThat(first.notModified()).isFalse();
            assertThat(first.validators().etag()).isEqualTo("\"v7\"");
            FetchResult second = fetcher.fetch(server.uri("/feed"), first.validators(), Accept.FEED);
            assertThat(second.notModified()).isTrue();
            assertThat(second.body()).isEmpty();
        }
    }

    @Test
    void aStalledAnswerTimesOutAndErrorsCarryTheirStatus() throws Exception {
        try (LocalServer server = new LocalServer()
                .on("/stall", e -> {
                    sleep(8000);
                    LocalServer.send(e, 200, "text/html", "late");
                })
                .on("/gone", e -> LocalServer.send(e, 410, "text/html", "gone"))) {
            PoliteFetcher fetcher = PoliteFetcher.create(LOCAL);
            long start = System.nanoTime();
            assertThat(failure(() -> fetcher.fetchPage(server.uri("/stall")))).isEqualTo(FetchFailure.TIMEOUT);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(6000));
            try {
                fetcher.fetchPage(server.uri("/gone"));
            } catch (FetchException e) {
                assertThat(e.status()).isEqualTo(410);
                assertThat(e.transientFailure()).isFalse();
                assertThat(e.line()).contains("/gone").contains("HTTP 410");
            }
        }
    }

    @Test
    void robotsTxtIsObeyedAndItsCrawlDelayKept() throws Exception {
        try (LocalServer server = new LocalServer()
                .on("/robots.txt", e -> LocalServer.send(e, 200, "text/plain",
                        "User-agent: other\nDisallow: /\n\nUser-agent: storybrief\nDisallow: /private/\nCrawl-delay: 1\n"))
                .on("/", e -> LocalServer.send(e, 200, "text/html", "<p>ok</p>"))) {
            PoliteFetcher fetcher = PoliteFetcher.create(LOCAL);
            assertThat(failure(() -> fetcher.fetchPage(server.uri("/private/a.html")))).isEqualTo(FetchFailure.ROBOTS);
            fetcher.fetchPage(server.uri("/a.html"));
            fetcher.fetchPage(server.uri("/b.html"));
            assertThat(server.hits).extracting(LocalServer.Hit::path).containsExactly("/robots.txt", "/a.html", "/b.html");
            for (int i = 1; i < server.hits.size(); i++) {
                assertThat(server.hits.get(i).nanos() - server.hits.get(i - 1).nanos()).isGreaterThanOrEqualTo(1_000_000_000L);
            }
        }
    }

    @Test
    void aRobotsRefusalSaysPlainlyThatTheSiteForbidsFetching() throws Exception {
        // QA24 #15: "disallowed by robots.txt (robots.txt disallows it for storybrief)" left a reader guessing whose
        // rule it was and what to do; a server error on robots.txt is no refusal of the page and says so
        try (LocalServer server = new LocalServer()
                .on("/robots.txt", e -> LocalServer.send(e, 200, "text/plain", "User-agent: *\nDisallow: /news/\n"))
                .on("/", e -> LocalServer.send(e, 200, "text/html", "<p>ok</p>"));
             LocalServer busy = new LocalServer()
                .on("/robots.txt", e -> LocalServer.send(e, 503, "text/plain", "busy"))) {
            assertThat(line(() -> PoliteFetcher.create(LOCAL).fetchPage(server.uri("/news/a.html"))))
                    .contains("/news/a.html").contains("the site forbids fetching this page")
                    .contains("save the page from a browser").doesNotContain("try again");
            assertThat(line(() -> PoliteFetcher.create(LOCAL).fetchPage(busy.uri("/news/a.html"))))
                    .contains("HTTP 503").contains("try again later").doesNotContain("forbids");
        }
    }

    private static String line(ThrowingFetch fetch) {
        try {
            fetch.run();
        } catch (FetchException e) {
            return e.line();
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("fetched, expected a failure");
    }

    @Test
    void aRobotsTxtServerErrorKeepsTheFetcherAway() throws Exception {
        try (LocalServer server = new LocalServer()
                .on("/robots.txt", e -> LocalServer.send(e, 503, "text/plain", "busy"))
                .on("/", e -> LocalServer.send(e, 200, "text/html", "<p>ok</p>"))) {
            PoliteFetcher fetcher = PoliteFetcher.create(LOCAL);
            assertThat(failure(() -> fetcher.fetchPage(server.uri("/a.html")))).isEqualTo(FetchFailure.ROBOTS);
            assertThat(server.hits).extracting(LocalServer.Hit::path).containsExactly("/robots.txt");
        }
    }

    @Test
    void privateAddressesAreRefusedBeforeAnyRequest() throws Exception {
        try (LocalServer server = new LocalServer().on("/", e -> LocalServer.send(e, 200, "text/html", "<p>in</p>"))) {
            PoliteFetcher fetcher = PoliteFetcher.create(LOCAL.withAllowPrivate(false));
            assertThat(failure(() -> fetcher.fetchPage(server.uri("/a.html")))).isEqualTo(FetchFailure.FORBIDDEN_ADDRESS);
            assertThat(server.hits).isEmpty();
        }
    }

    private static byte[] gzip(byte[] bytes) throws java.io.IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
