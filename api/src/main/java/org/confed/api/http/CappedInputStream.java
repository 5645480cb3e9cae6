package org.confed.api.http;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A request body read as a stream, refused once it passes a limit: Javalin's {@code maxRequestSize} covers only
 * bodies it buffers, so a streamed body (an import) is counted here. Past the limit every read throws the 413
 * problem, which the exception mapper answers with.
 */
final class CappedInputStream extends FilterInputStream {
    private final long limit;
    private long count;

    CappedInputStream(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            counted(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            counted(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        if (skipped > 0) {
            counted(skipped);
        }
        return skipped;
    }

    /** Bytes read so far. */
    long count() {
        return count;
    }

    private void counted(long n) {
        count += n;
        if (count > limit) {
            throw JsonBodies.tooLarge(limit);
        }
    }

    @Override
    public boolean markSupported() {
        return false;
    }
}
