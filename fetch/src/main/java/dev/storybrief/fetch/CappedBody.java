package dev.storybrief.fetch;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a response body up to a cap. Past the cap it stops reading, closes the exchange and fails with
 * {@link TooBig}: a body is refused whole, never cut short silently. Remembers when bytes last arrived, so a
 * watchdog can tell a stalled answer from a slow one.
 */
final class CappedBody implements HttpResponse.BodySubscriber<byte[]> {
    /** The body passed the cap. */
    static final class TooBig extends RuntimeException {
        TooBig(long cap) {
            super("more than " + cap + " bytes");
        }
    }

    private final long cap;
    private final boolean refuseOverflow;
    private final long declaredLength;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private volatile Flow.Subscription subscription;
    private volatile long lastProgressNanos = System.nanoTime();

    /**
     * A body of at most {@code cap} bytes; past it the body fails with {@link TooBig} when {@code refuseOverflow},
     * else ends with what arrived (for error pages, whose text nobody reads). A body whose declared length
     * ({@code Content-Length}, -1 when none) is over the cap is refused before a byte is read.
     */
    CappedBody(long cap, boolean refuseOverflow, long declaredLength) {
        this.cap = cap;
        this.refuseOverflow = refuseOverflow;
        this.declaredLength = declaredLength;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        if (refuseOverflow && declaredLength > cap) {
            abort(new TooBig(cap));
            return;
        }
        if (result.isDone()) {
            s.cancel();
            return;
        }
        s.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        lastProgressNanos = System.nanoTime();
        for (ByteBuffer buffer : buffers) {
            if (bytes.size() + (long) buffer.remaining() > cap) {
                if (refuseOverflow) {
                    abort(new TooBig(cap));
                } else {
                    subscription.cancel();
                    result.complete(bytes.toByteArray());
                }
                return;
            }
            byte[] chunk = new byte[buffer.remaining()];
            buffer.get(chunk);
            bytes.write(chunk, 0, chunk.length);
        }
    }

    @Override
    public void onError(Throwable error) {
        result.completeExceptionally(error);
    }

    @Override
    public void onComplete() {
        result.complete(bytes.toByteArray());
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return result;
    }

    /** Nanoseconds since bytes last arrived (or since the body started). */
    long idleNanos() {
        return System.nanoTime() - lastProgressNanos;
    }

    /** Stops reading and closes the exchange; the body fails with {@code reason}. */
    void abort(RuntimeException reason) {
        Flow.Subscription s = subscription;
        if (s != null) {
            s.cancel();
        }
        result.completeExceptionally(reason);
    }
}
