package org.confed.api.http;

import java.nio.ByteBuffer;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.NanoTime;

/**
 * Cuts off a client that sends its body or reads its answer slower than a minimum rate, counted per request from its
 * first read or write, after a grace period: by time t it must have moved {@code rate × (t − grace)} bytes. A client
 * that stops altogether is cut off by the connection's idle timeout instead.
 *
 * <p>Jetty 12.1's own {@code MinimumDataRateHandler} was tried first and does not fit: it divides the bytes of all
 * requests the handler has seen by one request's time, and gives a server's first answer a timer of its length over
 * the rate (4 ms for {@code {"status":"ok"}} at 4 KiB/s), which cut off that answer on a loaded machine.
 */
final class MinimumDataRate extends Handler.Wrapper {
    /** Time every body and answer has before the rate counts: a pause of the machine must not cut anyone off. */
    static final long GRACE_NANOS = TimeUnit.SECONDS.toNanos(5);

    private final long bytesPerSecond;

    MinimumDataRate(long bytesPerSecond) {
        this.bytesPerSecond = bytesPerSecond;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        Body body = new Body(request);
        return super.handle(body, new Answer(body, response), callback);
    }

    /** Whether {@code bytes} moved since {@code start} fall short of the rate. */
    private boolean tooSlow(long start, long bytes) {
        long elapsed = NanoTime.since(start) - GRACE_NANOS;
        return elapsed > 0 && bytes < bytesPerSecond * elapsed / TimeUnit.SECONDS.toNanos(1);
    }

    private final class Body extends Request.Wrapper {
        private long start;
        private long received;
        private Content.Chunk cutOff;

        Body(Request request) {
            super(request);
        }

        @Override
        public void demand(Runnable onContent) {
            if (start == 0) {
                start = NanoTime.now();
            } else if (cutOff == null && tooSlow(start, received)) {
                cutOff = Content.Chunk.from(new TimeoutException("the request body came slower than " + bytesPerSecond + " B/s"));
            }
            if (cutOff != null) {
                onContent.run();
                return;
            }
            super.demand(onContent);
        }

        @Override
        public Content.Chunk read() {
            if (cutOff != null) {
                return cutOff;
            }
            if (start == 0) {
                start = NanoTime.now();
            }
            Content.Chunk chunk = super.read();
            if (chunk != null && !Content.Chunk.isFailure(chunk)) {
                received += chunk.remaining();
            }
            return chunk;
        }
    }

    private final class Answer extends Response.Wrapper {
        private long start;
        private long written;

        Answer(Request request, Response response) {
            super(request, response);
        }

        @Override
        public void write(boolean last, ByteBuffer content, Callback callback) {
            if (start == 0) {
                start = NanoTime.now();
            } else if (tooSlow(start, written)) {
                callback.failed(new TimeoutException("the answer was read slower than " + bytesPerSecond + " B/s"));
                return;
            }
            written += content == null ? 0 : content.remaining();
            super.write(last, content, callback);
        }
    }
}
