package io.interdict.streams.testkit;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The real broker of the integration tests: the address in INTERDICT_TEST_KAFKA (scripts/test starts
 * it with scripts/kafka). Under CI=true a missing broker fails the test: a green build must mean these
 * ran. Helpers to produce, to read what is committed, and to wait for the application to catch up;
 * waits poll a condition with a generous deadline and never measure time.
 */
public final class TestBroker {
    public static final String ENV = "INTERDICT_TEST_KAFKA";
    /** Set by scripts/test when the broker is its own, so a test may restart it. */
    public static final String SCRIPT_ENV = "INTERDICT_TEST_KAFKA_SCRIPT";
    private static final Duration DEADLINE = Duration.ofMinutes(4);

    private TestBroker() {
    }

    public static String bootstrap() {
        String b = System.getenv(ENV);
        String problem = null;
        if (b == null || b.isBlank()) {
            problem = ENV + " is not set (run: export " + ENV + "=\"$(scripts/kafka start)\")";
        } else {
            try (Admin a = Admin.create(Map.of("bootstrap.servers", b, "request.timeout.ms", 10_000, "default.api.timeout.ms", 20_000))) {
                a.describeCluster().nodes().get(30, TimeUnit.SECONDS);
            } catch (InterruptedException | ExecutionException | TimeoutException | RuntimeException e) {
                problem = "the Kafka broker at " + b + " is unreachable: " + e;
            }
        }
        if (problem != null) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail("CI=true and " + problem);
            }
            Assumptions.abort("skipping a test on the real broker: " + problem);
        }
        return b;
    }

    /** Stops and starts the broker through scripts/kafka (the data survives); skipped when the broker is not ours. */
    public static void restart() throws IOException, InterruptedException {
        String script = System.getenv(SCRIPT_ENV);
        Assumptions.assumeTrue(script != null && !script.isBlank(), SCRIPT_ENV + " is not set: the broker is not ours to restart");
        Process p = new ProcessBuilder(script, "restart").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.INHERIT).start();
        Assertions.assertTrue(p.waitFor(3, TimeUnit.MINUTES) && p.exitValue() == 0, "scripts/kafka restart failed");
    }

    public static KafkaProducer<byte[], byte[]> producer(String bootstrap) {
        Map<String, Object> p = new HashMap<>();
        p.put("bootstrap.servers", bootstrap);
        p.put("acks", "all");
        p.put("enable.idempotence", "true");
        p.put("linger.ms", 5);
        // Keeps retrying across a broker restart instead of failing the send.
        p.put("delivery.timeout.ms", 300_000);
        return new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer());
    }

    public static void send(KafkaProducer<byte[], byte[]> producer, String topic, byte[] key, byte[] value) {
        producer.send(new ProducerRecord<>(topic, key, value));
    }

    /**
     * Every committed record of the topic. Waits first until no transaction is open on it (the last
     * stable offset equals the end): a killed instance's transaction stays open until the broker aborts
     * it or a restarted instance fences it, and records committed after it are not readable before.
     */
    public static List<ConsumerRecord<byte[], byte[]>> readCommitted(String bootstrap, String topic) {
        await("no open transaction on " + topic, () -> openTransactions(bootstrap, topic) == 0);
        Map<String, Object> p = new HashMap<>();
        p.put("bootstrap.servers", bootstrap);
        p.put("isolation.level", IsolationLevel.READ_COMMITTED.toString().toLowerCase());
        p.put("enable.auto.commit", "false");
        List<ConsumerRecord<byte[], byte[]>> out = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> c = new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> parts = c.partitionsFor(topic).stream().map(i -> new TopicPartition(topic, i.partition())).toList();
            c.assign(parts);
            c.seekToBeginning(parts);
            Map<TopicPartition, Long> end = c.endOffsets(parts);
            long deadline = System.nanoTime() + DEADLINE.toNanos();
            while (parts.stream().anyMatch(tp -> c.position(tp) < end.get(tp))) {
                Assertions.assertTrue(System.nanoTime() < deadline, "could not read " + topic + " to its end");
                for (ConsumerRecord<byte[], byte[]> r : c.poll(Duration.ofMillis(500))) {
                    out.add(r);
                }
            }
        }
        return out;
    }

    /** Records on the topic's partitions beyond their last stable offset (in open transactions). */
    public static long openTransactions(String bootstrap, String topic) {
        try (Admin a = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            int n = a.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions().size();
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            for (int i = 0; i < n; i++) {
                latest.put(new TopicPartition(topic, i), OffsetSpec.latest());
            }
            var stable = a.listOffsets(latest, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all().get();
            var end = a.listOffsets(latest, new ListOffsetsOptions(IsolationLevel.READ_UNCOMMITTED)).all().get();
            long open = 0;
            for (TopicPartition tp : latest.keySet()) {
                open += end.get(tp).offset() - stable.get(tp).offset();
            }
            return open;
        } catch (InterruptedException | ExecutionException e) {
            return Long.MAX_VALUE;
        }
    }

    /** Waits until the application's group has committed every input record of {@code topics} (lag 0). */
    public static void awaitCaughtUp(String bootstrap, String group, Collection<String> topics) {
        await("group " + group + " to commit the end of " + topics, () -> lag(bootstrap, group, topics) == 0);
    }

    public static long lag(String bootstrap, String group, Collection<String> topics) {
        try (Admin a = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            for (String t : topics) {
                int n = a.describeTopics(List.of(t)).allTopicNames().get().get(t).partitions().size();
                for (int i = 0; i < n; i++) {
                    latest.put(new TopicPartition(t, i), OffsetSpec.latest());
                }
            }
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = a.listOffsets(latest).all().get();
            Map<TopicPartition, OffsetAndMetadata> committed = a.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
            long lag = 0;
            for (Map.Entry<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> e : ends.entrySet()) {
                OffsetAndMetadata c = committed.get(e.getKey());
                lag += e.getValue().offset() - (c == null ? 0 : c.offset());
            }
            return lag;
        } catch (InterruptedException | ExecutionException e) {
            return Long.MAX_VALUE;    // broker unavailable for now: not caught up
        }
    }

    public static void await(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (!condition.getAsBoolean()) {
            Assertions.assertTrue(System.nanoTime() < deadline, "gave up waiting for " + what);
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    public static Set<String> topicsOf(Admin a) throws Exception {
        return a.listTopics().names().get();
    }
}
