package dev.storybrief.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A refused body still being sent gets the reply that says why, in every shape a client sends it: a declared
 * length just over the limit and far over it, chunked, multipart with a length and chunked multipart, and a body
 * the access check refuses before anything reads it. Each shape is sent many times on fresh connections, because
 * the failure is a race (the server closing while the client sends resets the connection and the reply is lost:
 * "header parser received no bytes").
 */
class RefusedBodiesTest {
    private static final int MAX_BYTES = 64 * 1024;
    private static final int ROUNDS = 15;
    /** Far beyond what the sockets' buffers take in while the server answers: the rest arrives after the reply. */
    private static final int FAR = 100 * MAX_BYTES;
    private static final String TOKEN = "s3cret-token";

    @TempDir
    static Path data;
    @TempDir
    static Path guardedData;
    static StorybriefServer server;
    static StorybriefServer guarded;

    @BeforeAll
    static void start() {
        server = StorybriefServer.start(ServerConfig.defaults(data).withPort(0).withLimits(MAX_BYTES, 3));
        guarded = StorybriefServer.start(ServerConfig.defaults(guardedData).withPort(0).withLimits(MAX_BYTES, 3)
                .withToken(TOKEN));
    }

    @AfterAll
    static void stop() {
        server.close();
        guarded.close();
    }

    @Test
    void everyShapeOfAnOversizedBodyGetsIts413() {
        byte[] twice = json(2 * MAX_BYTES);
        byte[] far = json(FAR);
        Map<String, Supplier<HttpRequest>> shapes = new LinkedHashMap<>();
        shapes.put("declared length, twice the limit", () -> post(server, "application/json",
                HttpRequest.BodyPublishers.ofByteArray(twice)));
        shapes.put("declared length, a hundred times the limit", () -> post(server, "application/json",
                HttpRequest.BodyPublishers.ofByteArray(far)));
        shapes.put("chunked, a hundred times the limit", () -> post(server, "application/json", chunked(far)));
        String boundary = "----refused-body-test";
        byte[] form = Http.multipart(boundary, Map.of("big.txt", text(FAR)), List.of());
        shapes.put("multipart with a length", () -> post(server, "multipart/form-data; boundary=" + boundary,
                HttpRequest.BodyPublishers.ofByteArray(form)));
        shapes.put("chunked multipart", () -> post(server, "multipart/form-data; boundary=" + boundary,
                chunked(form)));
        List<String> failures = sendAll(shapes, 413);
        assertThat(failures).as("replies other than 413").isEmpty();
    }

    @Test
    void aBodyRefusedBeforeItIsReadGetsItsReplyToo() {
        byte[] far = json(FAR);
        Map<String, Supplier<HttpRequest>> shapes = new LinkedHashMap<>();
        shapes.put("no token, declared length", () -> post(guarded, "application/json",
                HttpRequest.BodyPublishers.ofByteArray(far)));
        shapes.put("no token, chunked", () -> post(guarded, "application/json", chunked(far)));
        assertThat(sendAll(shapes, 401)).as("replies other than 401").isEmpty();

        // a chunked body of another type is refused for its type before a byte of it is read
        Map<String, Supplier<HttpRequest>> plain = Map.of("text/plain, chunked",
                () -> post(server, "text/plain", chunked(far)));
        assertThat(sendAll(plain, 415)).as("replies other than 415").isEmpty();
    }

    /**
     * A client that asks "Expect: 100-continue" before a body over the limit is answered 413 at once and never
     * asked for the body: reading it to drop it would have the server send "100 Continue" and wait for it.
     */
    @Test
    void aClientWaitingToSendAnOversizedBodyIsNotAskedForIt() throws IOException {
        int status = RawHttp.status(server.port(), "POST /api/briefs HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Content-Type: application/json\r\nContent-Length: " + FAR + "\r\nExpect: 100-continue\r\n\r\n");
        // "100" here would be the server asking for the body it is about to refuse
        assertThat(status).isEqualTo(413);
    }

    /** Sends every shape ROUNDS times, each on a fresh client and connection; the replies that were not {@code expected}. */
    private static List<String> sendAll(Map<String, Supplier<HttpRequest>> shapes, int expected) {
        List<String> failures = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            for (Map.Entry<String, Supplier<HttpRequest>> shape : shapes.entrySet()) {
                HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
                String outcome;
                try {
                    HttpResponse<String> reply = client.send(shape.getValue().get(),
                            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                    outcome = String.valueOf(reply.statusCode());
                    if (reply.statusCode() == expected) {
                        assertThat(Http.JSON.readTree(reply.body()).get("error").asText()).isNotBlank();
                    }
                } catch (IOException e) {
                    outcome = "no reply (" + e.getMessage() + ")";
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
                if (!outcome.equals(String.valueOf(expected))) {
                    failures.add("round " + round + ", " + shape.getKey() + ": " + outcome);
                }
            }
        }
        return failures;
    }

    private static HttpRequest post(StorybriefServer to, String type, HttpRequest.BodyPublisher body) {
        return HttpRequest.newBuilder(to.uri().resolve(URI.create("/api/briefs"))).timeout(Duration.ofSeconds(30))
                .header("Content-Type", type).POST(body).build();
    }

    /** A body without a declared length: the client sends it chunked. */
    private static HttpRequest.BodyPublisher chunked(byte[] bytes) {
        return HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes));
    }

    private static byte[] json(int size) {
        return ("{\"articles\":[{\"text\":\"" + new String(text(size), StandardCharsets.UTF_8) + "\"}]}")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] text(int size) {
        return "The bridge was closed. ".repeat(size / 23 + 1).getBytes(StandardCharsets.UTF_8);
    }
}
