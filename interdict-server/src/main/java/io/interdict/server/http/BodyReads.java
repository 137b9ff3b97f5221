package io.interdict.server.http;

import java.util.concurrent.ConcurrentHashMap;

/** Counts the request bodies each client is sending now, refusing one beyond the per-client cap. */
public final class BodyReads {
    private final int perClient;
    private final ConcurrentHashMap<String, Integer> reading = new ConcurrentHashMap<>();

    public BodyReads(int perClient) {
        this.perClient = perClient;
    }

    /**
     * A slot for one body read by {@code client}; close it when the body is read (or failed).
     *
     * @throws ApiError 429 when the client already sends as many bodies as it may
     */
    public Slot acquire(String client) {
        boolean[] granted = {false};
        reading.compute(client, (k, n) -> {
            int now = n == null ? 0 : n;
            if (now >= perClient) {
                return n;
            }
            granted[0] = true;
            return now + 1;
        });
        if (!granted[0]) {
            throw new ApiError(429, "this client is already sending " + perClient + " request bodies, the most allowed at once; "
                    + "retry when one has finished");
        }
        return () -> reading.computeIfPresent(client, (k, n) -> n <= 1 ? null : n - 1);
    }

    /** Clients with a body being read now. */
    public int clients() {
        return reading.size();
    }

    /** A held read slot. */
    @FunctionalInterface
    public interface Slot extends AutoCloseable {
        @Override
        void close();
    }
}
