package io.interdict.server.http;

/**
 * Limits that keep slow or greedy clients from holding the server's HTTP threads. A request body is
 * read on one of Jetty's threads (so that workers only ever compute); twenty clients each sending a
 * body at one byte a second would otherwise hold every thread, {@code /healthz} included.
 *
 * @param minBytesPerSecond  a body arriving more slowly than this on average is refused with 408 (Jetty's
 *                           minimum request data rate); 1 KiB/s is far below any real network
 * @param bodyReadMillis     a body not complete within this time is refused with 408, whatever its rate
 * @param bodyReadsPerClient bodies one client (API key, or address when the server is open) may be
 *                           sending at once; more are refused with 429 at once, before any is read
 * @param idleMillis         a read or write that makes no progress for this long fails (408 for a body);
 *                           a client that stops sending altogether is cut off by this
 * @param workMillis         screening or matching still queued or running this long after the body was
 *                           read is cancelled (503): its client has long given up waiting
 */
public record ClientLimits(long minBytesPerSecond, long bodyReadMillis, int bodyReadsPerClient, long idleMillis, long workMillis) {
    public ClientLimits {
        if (minBytesPerSecond < 0 || bodyReadMillis < 1 || bodyReadsPerClient < 1 || idleMillis < 1 || workMillis < 1) {
            throw new IllegalArgumentException("client limits must be positive");
        }
    }

    /**
     * The defaults for a server with {@code maxThreads} HTTP threads: one client may hold at most a
     * quarter of them (at least two) reading bodies, so three slow clients still leave threads for
     * everyone else. A 4 MiB body (the default maximum) needs 70 KiB/s to arrive within 60 s.
     */
    /** The same limits with another idle timeout (tests: a stalled client is cut off sooner). */
    public ClientLimits withIdleMillis(long ms) {
        return new ClientLimits(minBytesPerSecond, bodyReadMillis, bodyReadsPerClient, ms, workMillis);
    }

    /** The same limits with another work deadline. */
    public ClientLimits withWorkMillis(long ms) {
        return new ClientLimits(minBytesPerSecond, bodyReadMillis, bodyReadsPerClient, idleMillis, ms);
    }

    public static ClientLimits forThreads(int maxThreads) {
        return new ClientLimits(1024, 60_000, Math.max(2, maxThreads / 4), 30_000, 60_000);
    }
}
