package io.interdict.streams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.interdict.config.Config;
import io.interdict.config.StreamsConfig;
import io.interdict.streams.monitor.MonitorProcessor;
import io.interdict.streams.snapshot.ArchiveCodec;
import io.interdict.streams.snapshot.SnapshotPublisher;
import io.interdict.streams.testkit.Instance;
import io.interdict.streams.testkit.TestBroker;
import io.interdict.streams.testkit.TestLists;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exactly-once on the real broker: two instances in their own JVMs share a 6-partition input; one is
 * SIGKILLed while transactions flow and restarted, a snapshot is rolled out meanwhile, the broker is
 * restarted; a read_committed consumer then finds exactly one decision per input record.
 */
class ExactlyOnceIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int RECORDS = 3000;

    @TempDir
    Path dir;
    private String bootstrap;
    private String run;
    private Path configFile;
    private StreamsConfig.Topics topics;

    @BeforeEach
    void setUp() throws Exception {
        bootstrap = TestBroker.bootstrap();
        run = "it-" + UUID.randomUUID().toString().substring(0, 8);
        configFile = dir.resolve("interdict.yaml");
        Files.writeString(configFile, """
                streams:
                  application_id: %1$s
                  partitions: 6
                  commit_interval_ms: 100
                  metrics_port: 0
                  topics: {transactions: %1$s.tx, decisions: %1$s.decisions, alerts: %1$s.alerts,
                           dead_letter: %1$s.dlq, snapshots: %1$s.snapshots, monitored: %1$s.monitored,
                           list_deltas: %1$s.deltas}
                  kafka:
                    state.dir: "%2$s"
                    consumer.session.timeout.ms: "6000"
                    consumer.heartbeat.interval.ms: "1000"
                """.formatted(run, dir.resolve("state-INSTANCE").toString().replace("\\", "/")));
        topics = Config.load(configFile).streams().topics();
        TopicSetup.ensure(Map.of("bootstrap.servers", bootstrap), Config.load(configFile).streams());
    }

    /** The config of one instance: its own state directory, as on separate machines. */
    private Path configOf(String instance) throws Exception {
        Path f = dir.resolve(instance + ".yaml");
        Files.writeString(f, Files.readString(configFile).replace("state-INSTANCE", "state-" + instance));
        return f;
    }

    private Instance start(String name) throws Exception {
        // Logs outlive the test's temporary folder, for a failure's post-mortem.
        Path logs = Files.createDirectories(Path.of("target", "it-logs", run));
        return Instance.start(name, bootstrap, configOf(name), logs);
    }

    /** Record i: every 97th malformed, every 5th to Zenith (listed from V2 on), every 7th to Acme (listed), else clean. */
    private static String value(int i) {
        if (i % 97 == 0) {
            return "{\"id\":\"tx-" + i + "\",\"date\":\"not-a-date\"}";
        }
        String name = i % 5 == 0 ? "Zenith Trading Bureau" : i % 7 == 0 ? "Acme Shell Holdings" : "Harmless Bakery " + i;
        return TestLists.tx("tx-" + i, name);
    }

    /** Produces records [from, to) on a background thread, a few at a time, so instances fail mid-stream. */
    private Thread produce(int from, int to, AtomicInteger sent) {
        Thread t = new Thread(() -> {
            try (KafkaProducer<byte[], byte[]> p = TestBroker.producer(bootstrap)) {
                for (int i = from; i < to; i++) {
                    TestBroker.send(p, topics.transactions(), ("tx-" + i).getBytes(StandardCharsets.UTF_8),
                            value(i).getBytes(StandardCharsets.UTF_8));
                    sent.incrementAndGet();
                    if (i % 50 == 0) {
                        p.flush();
                    }
                }
            }
        });
        t.start();
        return t;
    }

    /** Decisions an instance has made so far (all outcomes), from its metrics. */
    private long decided(Instance i) {
        long n = 0;
        for (String line : i.metrics().split("\n")) {
            if (line.startsWith("interdict_stream_decisions_total{")) {
                n += (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return n;
    }

    @Test
    void exactlyOneDecisionPerInputAcrossAKilledInstanceAndASnapshotRollout() throws Exception {
        try (KafkaProducer<byte[], byte[]> p = TestBroker.producer(bootstrap)) {
            TestBroker.send(p, topics.monitored(), b("party-zenith"), b("{\"name\":\"Zenith Trading Bureau\",\"jurisdiction\":\"US\"}"));
            TestBroker.send(p, topics.monitored(), b("party-bakery"), b("{\"name\":\"Harmless Bakery\",\"jurisdiction\":\"US\"}"));
        }
        Instance a = start("a");
        Instance b = start("b");
        try {
            TestBroker.await("both instances running", () -> a.running() && b.running());
            AtomicInteger sent = new AtomicInteger();
            Thread first = produce(0, RECORDS / 2, sent);
            TestBroker.await("the instances to screen some records", () -> decided(a) + decided(b) > 100);
            // The one with more work done is killed (the assignment decides which holds input partitions).
            boolean killA = decided(a) >= decided(b);
            Instance victim = killA ? a : b;
            victim.kill();
            first.join();
            // Roll out V2 while one instance is dead, the other screens the first half, and the second half flows.
            Thread producer = produce(RECORDS / 2, RECORDS, sent);
            SnapshotPublisher.Result r = new SnapshotPublisher(Map.of("bootstrap.servers", bootstrap), topics.snapshots(),
                    topics.listDeltas(), 128, Clock.systemUTC()).publish(TestLists.V2, new ArchiveCodec(), List.of(new ArchiveCodec()));
            assertThat(r.unchanged()).isFalse();
            assertThat(r.chunks()).as("a small chunk size forces several chunks").isGreaterThan(1);
            Instance restarted = start(killA ? "a" : "b");
            try {
                producer.join();
                TestBroker.awaitCaughtUp(bootstrap, run, List.of(topics.transactions(), topics.monitored(), topics.listDeltas()));
                TestBroker.await("the rescreen alert of the party V2 lists", () -> rescreenAlerts().size() >= 1);
                assertExactlyOnce(RECORDS);
                List<JsonNode> rescreens = rescreenAlerts();
                assertThat(rescreens).as("one rescreen alert, for the party the delta affects").hasSize(1);
                assertThat(rescreens.get(0).get("party").asText()).isEqualTo("party-zenith");
                assertThat(rescreens.get(0).get("outcome").asText()).isEqualTo("BLOCK");
                assertThat(rescreens.get(0).get("snapshot").asText()).isEqualTo(TestLists.V2.hash());
            } finally {
                restarted.close();
            }
        } finally {
            a.close();
            b.close();
        }
    }

    @Test
    void exactlyOneDecisionPerInputAcrossABrokerRestart() throws Exception {
        Instance a = start("a");
        Instance b = start("b");
        try {
            TestBroker.await("both instances running", () -> a.running() && b.running());
            AtomicInteger sent = new AtomicInteger();
            Thread producer = produce(0, RECORDS / 2, sent);
            TestBroker.await("some records screened", () -> decided(a) + decided(b) > 50);
            TestBroker.restart();
            producer.join();
            Thread rest = produce(RECORDS / 2, RECORDS, sent);
            rest.join();
            TestBroker.awaitCaughtUp(bootstrap, run, List.of(topics.transactions()));
            assertExactlyOnce(RECORDS);
        } finally {
            a.close();
            b.close();
        }
    }

    private void assertExactlyOnce(int records) throws Exception {
        List<ConsumerRecord<byte[], byte[]>> decisions = TestBroker.readCommitted(bootstrap, topics.decisions());
        Map<String, Integer> perKey = new HashMap<>();
        int malformed = 0;
        int blocked = 0;
        for (ConsumerRecord<byte[], byte[]> d : decisions) {
            String key = new String(d.key(), StandardCharsets.UTF_8);
            perKey.merge(key, 1, Integer::sum);
            JsonNode j = JSON.readTree(d.value());
            int i = Integer.parseInt(key.substring(3));
            String snapshot = j.get("snapshot").asText();
            assertThat(snapshot).isIn(TestLists.V1.hash(), TestLists.V2.hash());
            if (i % 97 == 0) {
                malformed++;
                assertThat(j.get("outcome").asText()).isEqualTo("ERROR");
                assertThat(j.get("error").asText()).contains("field 'date'");
            } else if (i % 5 == 0) {
                // Zenith is listed in V2 only: the outcome must agree with the snapshot the decision names.
                assertThat(j.get("outcome").asText()).isEqualTo(snapshot.equals(TestLists.V2.hash()) ? "BLOCK" : "ALLOW");
            } else if (i % 7 == 0) {
                assertThat(j.get("outcome").asText()).isEqualTo("BLOCK");
            } else {
                assertThat(j.get("outcome").asText()).isEqualTo("ALLOW");
            }
            if (j.get("outcome").asText().equals("BLOCK")) {
                blocked++;
            }
        }
        List<String> missing = java.util.stream.IntStream.range(0, records).mapToObj(i -> "tx-" + i)
                .filter(k -> !perKey.containsKey(k)).toList();
        List<String> twice = perKey.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).toList();
        assertThat(missing).as("inputs without a decision (%d)", missing.size()).isEmpty();
        assertThat(twice).as("inputs decided more than once (%d)", twice.size()).isEmpty();
        assertThat(decisions).hasSize(records);
        List<ConsumerRecord<byte[], byte[]>> dlq = TestBroker.readCommitted(bootstrap, topics.deadLetter());
        assertThat(dlq).hasSize(malformed);
        long txAlerts = TestBroker.readCommitted(bootstrap, topics.alerts()).stream()
                .filter(r -> "transaction".equals(header(r, MonitorProcessor.ALERT_KIND))).count();
        assertThat(txAlerts).as("one alert per BLOCK decision").isEqualTo(blocked);
    }

    private List<JsonNode> rescreenAlerts() {
        return TestBroker.readCommitted(bootstrap, topics.alerts()).stream()
                .filter(r -> "rescreen".equals(header(r, MonitorProcessor.ALERT_KIND)))
                .map(r -> {
                    try {
                        return JSON.readTree(r.value());
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }).toList();
    }

    private static String header(ConsumerRecord<byte[], byte[]> r, String name) {
        var h = r.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
