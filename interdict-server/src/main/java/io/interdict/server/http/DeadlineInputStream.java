package io.interdict.server.http;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** A request body that must have arrived by a deadline: past it, the next read is refused with 408. */
final class DeadlineInputStream extends FilterInputStream {
    private final long deadlineNanos;

    DeadlineInputStream(InputStream in, long deadlineNanos) {
        super(in);
        this.deadlineNanos = deadlineNanos;
    }

    private void check() {
        if (deadlineNanos != Long.MAX_VALUE && System.nanoTime() - deadlineNanos > 0) {
            throw new ApiError(408, "request body not received in time; send it at once, or split the batch");
        }
    }

    @Override
    public int read() throws IOException {
        check();
        int b = super.read();
        check();
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        check();
        int n = super.read(b, off, len);
        if (n > 0) {
            check();
        }
        return n;
    }
}
