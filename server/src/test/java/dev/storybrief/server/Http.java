package dev.storybrief.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A small JDK HttpClient wrapper for talking to a real server in tests. */
final class Http {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    /**
     * How long a request waits for its reply: a guard against a server that hangs, never a limit a test checks. The
     * server answers every request by its own limits (a briefing past {@link ServerConfig#DEFAULT_BRIEF_TIMEOUT} is a
     * 503), so the tests wait for that answer; a client that gave up at 60 s, the server's own limit, failed tests
     * on a loaded machine whose server was about to answer (qa30: a cold briefing took 68 s at load 31).
     */
    static final Duration REPLY_GUARD = Duration.ofMinutes(10);

    private final URI base;
    private final String token;

    Http(URI base) {
        this(base, null);
    }

    Http(URI base, String token) {
        this.base = base;
        this.token = token;
    }

    /** A reply: status, body text, and the body as JSON when it is JSON. */
    record Reply(int status, String body, HttpResponse<String> raw) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (JsonProcessingException e) {
                throw new AssertionError("not JSON (status " + status + "): " + body, e);
            }
        }

        @Override
        public String toString() {
            return status + " " + (body.length() > 500 ? body.substring(0, 500) + "..." : body);
        }
    }

    HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(REPLY_GUARD);
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return b;
    }

    Reply send(HttpRequest request) {
        try {
            HttpResponse<String> r = CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(r.statusCode(), r.body(), r);
        } catch (IOException e) {
            if (String.valueOf(e.getMessage()).contains("received no bytes")) {
                // The pooled keep-alive connection was closed by the server after an earlier error reply, before
                // this request reached it: nothing was processed, so sending once more on a new connection is safe.
                return resend(request);
            }
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Reply resend(HttpRequest request) {
        try {
            HttpResponse<String> r = CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(r.statusCode(), r.body(), r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    Reply get(String path) {
        return send(request(path).GET().build());
    }

    Reply delete(String path) {
        return send(request(path).DELETE().build());
    }

    Reply postJson(String path, Object body) {
        try {
            return postBytes(path, "application/json", JSON.writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    Reply postBytes(String path, String contentType, byte[] body) {
        HttpRequest.Builder b = request(path).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        return send(b.build());
    }

    /** Posts files (name to bytes) and form fields as multipart/form-data. */
    Reply postMultipart(String path, Map<String, byte[]> files, List<Map.Entry<String, String>> fields) {
        String boundary = "----storybrief" + UUID.randomUUID();
        return postBytes(path, "multipart/form-data; boundary=" + boundary, multipart(boundary, files, fields));
    }

    static byte[] multipart(String boundary, Map<String, byte[]> files, List<Map.Entry<String, String>> fields) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Map.Entry<String, String> f : fields) {
            write(out, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.getKey() + "\"\r\n\r\n");
            write(out, f.getValue() + "\r\n");
        }
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            write(out, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\""
                    + f.getKey() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
            out.writeBytes(f.getValue());
            write(out, "\r\n");
        }
        write(out, "--" + boundary + "--\r\n");
        return out.toByteArray();
    }

    /** The example article files as a multipart file map, in name order. */
    static Map<String, byte[]> files(List<Path> paths) {
        Map<String, byte[]> files = new java.util.LinkedHashMap<>();
        for (Path p : paths) {
            try {
                files.put(p.getFileName().toString(), Files.readAllBytes(p));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }

    private static void write(ByteArrayOutputStream out, String s) {
        out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
    }
}
