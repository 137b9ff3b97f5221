package io.interdict.config;

import java.util.Map;
import java.util.Set;

/**
 * {@code interdict stream}: the Kafka Streams application (docs/streams.md). Read with the rest of the
 * configuration so that a misspelt key fails at start-up like any other key.
 *
 * @param threads     stream threads per instance; 0 = one per core
 * @param matchCacheEntries parties whose matches an instance remembers; 0 = none
 * @param kafka       other Kafka Streams, producer and consumer properties, passed through unchanged
 */
public record StreamsConfig(String applicationId, String processingGuarantee, int partitions, short replicationFactor,
                            int threads, long commitIntervalMs, Topics topics, int chunkBytes, String metricsHost,
                            int metricsPort, long matchCacheEntries, Map<String, String> kafka) {

    /** The topics the application reads and writes. */
    public record Topics(String transactions, String decisions, String alerts, String deadLetter, String snapshots,
                         String monitored, String listDeltas) {
    }

    private static final Set<String> GUARANTEES = Set.of("exactly_once_v2", "at_least_once");

    public StreamsConfig {
        kafka = kafka == null ? Map.of() : Map.copyOf(kafka);
    }

    /** The same settings with another metrics port (the {@code --metrics-port} flag). */
    public StreamsConfig withMetricsPort(int port) {
        StreamsConfig c = new StreamsConfig(applicationId, processingGuarantee, partitions, replicationFactor, threads,
                commitIntervalMs, topics, chunkBytes, metricsHost, port, matchCacheEntries, kafka);
        c.validate();
        return c;
    }

    void validate() {
        if (applicationId == null || applicationId.isBlank()) {
            throw new Config.ConfigException("streams.application_id: required");
        }
        if (!GUARANTEES.contains(processingGuarantee)) {
            throw new Config.ConfigException("streams.processing_guarantee: '" + processingGuarantee + "' is not one of " + GUARANTEES);
        }
        if (partitions < 1) {
            throw new Config.ConfigException("streams.partitions: must be at least 1");
        }
        if (replicationFactor < 1) {
            throw new Config.ConfigException("streams.replication_factor: must be at least 1");
        }
        if (threads < 0) {
            throw new Config.ConfigException("streams.threads: must be 0 (one per core) or more");
        }
        if (commitIntervalMs < 1) {
            throw new Config.ConfigException("streams.commit_interval_ms: must be at least 1");
        }
        if (chunkBytes < 1024) {
            throw new Config.ConfigException("streams.chunk_bytes: must be at least 1024");
        }
        if (matchCacheEntries < 0) {
            throw new Config.ConfigException("streams.match_cache_entries: must be 0 (no cache) or more");
        }
        if (metricsPort < -1 || metricsPort > 65535) {
            throw new Config.ConfigException("streams.metrics_port: must be -1 (none), 0 (any free port) or a port number");
        }
        String[][] names = {{"transactions", topics.transactions()}, {"decisions", topics.decisions()},
                {"alerts", topics.alerts()}, {"dead_letter", topics.deadLetter()}, {"snapshots", topics.snapshots()},
                {"monitored", topics.monitored()}, {"list_deltas", topics.listDeltas()}};
        for (String[] n : names) {
            if (n[1] == null || !n[1].matches("[A-Za-z0-9._-]{1,249}")) {
                throw new Config.ConfigException("streams.topics." + n[0] + ": '" + n[1] + "' is not a valid Kafka topic name");
            }
        }
    }
}
