package dev.storybrief.fetch;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;
import javax.net.ssl.SSLException;

/**
 * One HTTP GET under the policy's limits: no redirect followed, no proxy, a connect time-out, a read time-out
 * (longest wait for the next bytes, headers included), a total time-out, and a size cap on the body both as sent
 * and once decompressed. Error answers keep at most a few kilobytes of their body.
 */
final class HttpExchange {
    /** The answer to one request, body decompressed. */
    record Answer(int status, HttpHeaders headers, byte[] body) {
        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    private static final long ERROR_BODY_BYTES = 16 * 1024;
    private static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(50);

    private final HttpClient client;
    private final FetchPolicy policy;

    HttpExchange(FetchPolicy policy) {
        this.policy = policy;
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .proxy(HttpClient.Builder.NO_PROXY)
                .connectTimeout(policy.connectTimeout())
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    /** Sends a GET with these headers; {@code cap} bounds the body of a successful answer. */
    Answer get(URI uri, Map<String, String> headers, long cap) throws FetchException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET().timeout(policy.totalTimeout());
        headers.forEach(request::header);
        AtomicReference<CappedBody> body = new AtomicReference<>();
        long start = System.nanoTime();
        CompletableFuture<HttpResponse<byte[]>> answer = client.sendAsync(request.build(), info -> {
            boolean success = info.statusCode() / 100 == 2;
            CappedBody subscriber = new CappedBody(success ? cap : ERROR_BODY_BYTES, success,
                    info.headers().firstValueAsLong("Content-Length").orElse(-1));
            body.set(subscriber);
            return subscriber;
        });
        HttpResponse<byte[]> response = await(uri, answer, body, start);
        return new Answer(response.statusCode(), response.headers(), decode(uri, response, cap));
    }

    private HttpResponse<byte[]> await(URI uri, CompletableFuture<HttpResponse<byte[]>> answer,
                                       AtomicReference<CappedBody> body, long start)
            throws FetchException, InterruptedException {
        long deadline = start + policy.totalTimeout().toNanos();
        long readLimit = policy.readTimeout().toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                abandon(answer, body);
                throw new FetchException(FetchFailure.TIMEOUT, uri, "no complete answer within "
                        + policy.totalTimeout().toSeconds() + " s");
            }
            try {
                return answer.get(Math.min(left, POLL_NANOS), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                CappedBody started = body.get();
                long idle = started == null ? System.nanoTime() - start : started.idleNanos();
                if (idle > readLimit) {
                    abandon(answer, body);
                    throw new FetchException(FetchFailure.TIMEOUT, uri, "nothing received for "
                            + policy.readTimeout().toMillis() + " ms");
                }
            } catch (ExecutionException e) {
                throw failure(uri, e.getCause());
            } catch (InterruptedException e) {
                abandon(answer, body);
                throw e;
            }
        }
    }

    private static void abandon(CompletableFuture<?> answer, AtomicReference<CappedBody> body) {
        CappedBody started = body.get();
        if (started != null) {
            started.abort(new IllegalStateException("abandoned"));
        }
        answer.cancel(true);
    }

    private static FetchException failure(URI uri, Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof CappedBody.TooBig) {
                return new FetchException(FetchFailure.TOO_BIG, uri, t.getMessage() + "; refused");
            }
            if (t instanceof HttpConnectTimeoutException) {
                return new FetchException(FetchFailure.TIMEOUT, uri, "connecting took too long");
            }
            if (t instanceof HttpTimeoutException) {
                return new FetchException(FetchFailure.TIMEOUT, uri, "no complete answer in time");
            }
            if (t instanceof UnknownHostException || t instanceof UnresolvedAddressException) {
                return new FetchException(FetchFailure.DNS, uri, "no address for " + uri.getHost());
            }
            if (t instanceof ConnectException) {
                return new FetchException(FetchFailure.CONNECT, uri, t.getMessage() == null ? "connection refused"
                        : describe(t));
            }
            if (t instanceof SSLException) {
                return new FetchException(FetchFailure.IO, uri, "TLS: " + describe(t));
            }
        }
        return new FetchException(FetchFailure.IO, uri, describe(cause));
    }

    private static String describe(Throwable t) {
        String message = t.getMessage();
        return message == null || message.isBlank() ? t.getClass().getSimpleName() : message.replaceAll("\\s+", " ");
    }

    /** The body as the server meant it: gzip and deflate undone, still within the cap. */
    private static byte[] decode(URI uri, HttpResponse<byte[]> response, long cap) throws FetchException {
        String encoding = response.headers().firstValue("Content-Encoding").orElse("identity")
                .strip().toLowerCase(Locale.ROOT);
        byte[] raw = response.body();
        if (raw.length == 0 || encoding.equals("identity") || encoding.isEmpty()) {
            return raw;
        }
        try (InputStream in = switch (encoding) {
            case "gzip", "x-gzip" -> new GZIPInputStream(new ByteArrayInputStream(raw));
            case "deflate" -> new InflaterInputStream(new ByteArrayInputStream(raw));
            default -> throw new FetchException(FetchFailure.BAD_CONTENT, uri, "unsupported Content-Encoding " + encoding);
        }) {
            byte[] inflated = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, cap + 1));
            if (inflated.length > cap) {
                throw new FetchException(FetchFailure.TOO_BIG, uri, "more than " + cap + " bytes once decompressed; refused");
            }
            return inflated;
        } catch (IOException e) {
            throw new FetchException(FetchFailure.BAD_CONTENT, uri, "broken " + encoding + " body (" + describe(e) + ")");
        }
    }
}
