package io.interdict.streams;

import io.interdict.config.StreamsConfig;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;

/**
 * The Kafka properties of the application and of its own clients (the snapshot reader, the publisher,
 * the admin client), from the streams section of the configuration. Defaults chosen here are tuned for
 * throughput under exactly-once (see docs/streams.md); any key under {@code streams.kafka} wins.
 */
public final class ClientProps {
    /** Prefixes Kafka Streams uses to address one client; other clients skip such keys. */
    private static final List<String> CLIENT_PREFIXES = List.of("producer.", "consumer.", "main.consumer.",
            "restore.consumer.", "global.consumer.", "admin.", "topic.");

    private ClientProps() {
    }

    /** Properties of the Kafka Streams application. */
    public static Properties streams(String bootstrap, StreamsConfig c) {
        Properties p = new Properties();
        p.put(org.apache.kafka.streams.StreamsConfig.APPLICATION_ID_CONFIG, c.applicationId());
        p.put(org.apache.kafka.streams.StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(org.apache.kafka.streams.StreamsConfig.PROCESSING_GUARANTEE_CONFIG, c.processingGuarantee());
        p.put(org.apache.kafka.streams.StreamsConfig.NUM_STREAM_THREADS_CONFIG,
                c.threads() == 0 ? Runtime.getRuntime().availableProcessors() : c.threads());
        p.put(org.apache.kafka.streams.StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, c.commitIntervalMs());
        p.put(org.apache.kafka.streams.StreamsConfig.REPLICATION_FACTOR_CONFIG, (int) c.replicationFactor());
        p.put(org.apache.kafka.streams.StreamsConfig.DEFAULT_KEY_SERDE_CLASS_CONFIG, Serdes.ByteArraySerde.class);
        p.put(org.apache.kafka.streams.StreamsConfig.DEFAULT_VALUE_SERDE_CLASS_CONFIG, Serdes.ByteArraySerde.class);
        // Larger batches: a commit (every commit_interval_ms) flushes them anyway, so lingering a little
        // costs no latency beyond the commit interval and saves requests (measured, docs/streams.md).
        p.put(org.apache.kafka.streams.StreamsConfig.producerPrefix("linger.ms"), 10);
        p.put(org.apache.kafka.streams.StreamsConfig.producerPrefix("batch.size"), 262_144);
        p.put(org.apache.kafka.streams.StreamsConfig.consumerPrefix("max.poll.records"), 2000);
        // Right after a commit the broker may still be writing the transaction's markers and answers the
        // next transaction's first sends with CONCURRENT_TRANSACTIONS; retrying after 10 ms instead of the
        // default 100 ms shortens that stall at every commit (exponential back-off still applies).
        p.put(org.apache.kafka.streams.StreamsConfig.producerPrefix("retry.backoff.ms"), 10);
        // No global stores here; set so that Kafka 4.x does not warn at every start.
        p.put("processing.exception.handler.global.enabled", "true");
        p.putAll(c.kafka());
        return p;
    }

    /**
     * Properties for a plain client (consumer, producer, admin): the unprefixed keys of streams.kafka
     * (security settings, typically; a client ignores the ones it does not know, with a warning), plus
     * those under {@code prefix} ({@code consumer.}, {@code producer.}, {@code admin.}) without it.
     */
    public static Map<String, Object> client(String bootstrap, StreamsConfig c, String prefix) {
        Map<String, Object> m = new HashMap<>();
        for (Map.Entry<String, String> e : c.kafka().entrySet()) {
            String k = e.getKey();
            if (k.startsWith(prefix)) {
                m.put(k.substring(prefix.length()), e.getValue());
            } else if (CLIENT_PREFIXES.stream().noneMatch(k::startsWith)) {
                m.put(k, e.getValue());
            }
        }
        m.put("bootstrap.servers", bootstrap);
        return m;
    }
}
