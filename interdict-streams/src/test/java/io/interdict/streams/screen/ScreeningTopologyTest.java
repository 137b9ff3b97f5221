package io.interdict.streams.screen;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.interdict.core.snapshot.Snapshot;
import io.interdict.config.Config;
import io.interdict.config.StreamsConfig;
import io.interdict.streams.monitor.MonitorProcessor;
import io.interdict.streams.ops.StreamMetrics;
import io.interdict.streams.snapshot.ActiveScreener;
import io.interdict.streams.testkit.TestLists;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ScreeningTopologyTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Snapshot V1 = TestLists.V1;
    private static final Snapshot V2 = TestLists.V2;

    private final StreamsConfig.Topics topics = Config.defaults().streams().topics();
    private ActiveScreener active;
    private StreamMetrics metrics;
    private TopologyTestDriver driver;
    private TestInputTopic<byte[], byte[]> in;
    private TestOutputTopic<byte[], byte[]> decisions;
    private TestOutputTopic<byte[], byte[]> alerts;
    private TestOutputTopic<byte[], byte[]> deadLetter;

    @BeforeEach
    void start() {
        active = new ActiveScreener(TestLists.loaded(V1));
        metrics = new StreamMetrics();
        Properties p = new Properties();
        p.put("application.id", "topology-test");
        p.put("bootstrap.servers", "unused:9092");
        driver = new TopologyTestDriver(ScreeningTopology.build(topics, active, metrics,
                new ScreeningTopology.Settings(4096, 10_000, false, Duration.ofSeconds(1))), p);
        ByteArraySerializer s = new ByteArraySerializer();
        ByteArrayDeserializer d = new ByteArrayDeserializer();
        in = driver.createInputTopic(topics.transactions(), s, s);
        decisions = driver.createOutputTopic(topics.decisions(), d, d);
        alerts = driver.createOutputTopic(topics.alerts(), d, d);
        deadLetter = driver.createOutputTopic(topics.deadLetter(), d, d);
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static JsonNode json(byte[] v) throws Exception {
        return JSON.readTree(v);
    }

    @Test
    void everyTransactionGetsOneDecisionNamingTheSnapshotAndKeyedLikeItsInput() throws Exception {
        in.pipeInput(b("k-1"), b(TestLists.tx("tx-1", "Harmless Bakery Ltd")));
        in.pipeInput(b("k-2"), b(TestLists.tx("tx-2", "Acme Shell Holdings")));
        List<TestRecord<byte[], byte[]>> out = decisions.readRecordsToList();
        assertThat(out).hasSize(2);
        assertThat(new String(out.get(0).key(), StandardCharsets.UTF_8)).isEqualTo("k-1");
        JsonNode first = json(out.get(0).value());
        assertThat(first.get("id").asText()).isEqualTo("tx-1");
        assertThat(first.get("outcome").asText()).isEqualTo("ALLOW");
        assertThat(first.get("snapshot").asText()).isEqualTo(V1.hash());
        JsonNode second = json(out.get(1).value());
        assertThat(second.get("outcome").asText()).isEqualTo("BLOCK");
        assertThat(second.at("/hits/0/entity").asText()).isEqualTo("t:acme");
    }

    @Test
    void reviewAndBlockDecisionsAreAlsoAlerts() throws Exception {
        in.pipeInput(b("k-1"), b(TestLists.tx("tx-1", "Harmless Bakery Ltd")));
        in.pipeInput(b("k-2"), b(TestLists.tx("tx-2", "Acme Shell Holdings")));
        List<TestRecord<byte[], byte[]>> out = alerts.readRecordsToList();
        assertThat(out).hasSize(1);
        assertThat(json(out.get(0).value()).get("id").asText()).isEqualTo("tx-2");
        assertThat(new String(out.get(0).headers().lastHeader(MonitorProcessor.ALERT_KIND).value(), StandardCharsets.UTF_8))
                .isEqualTo("transaction");
    }

    @Test
    void aRecordWithoutKeyIsKeyedByItsTransactionId() {
        in.pipeInput((byte[]) null, b(TestLists.tx("tx-9", "Harmless Bakery Ltd")));
        assertThat(new String(decisions.readRecord().key(), StandardCharsets.UTF_8)).isEqualTo("tx-9");
    }

    @Test
    void aMalformedRecordIsAnErrorDecisionAndADeadLetterWithItsOriginalBytes() throws Exception {
        byte[] bad = b("{\"id\":\"tx-3\",\"date\":\"2024-13-45\",\"kind\":\"payment\",\"jurisdiction\":\"US\","
                + "\"parties\":[{\"name\":\"Acme\"}]}");
        in.pipeInput(b("k-3"), bad);
        JsonNode d = json(decisions.readValue());
        assertThat(d.get("outcome").asText()).isEqualTo("ERROR");
        assertThat(d.get("id").asText()).isEqualTo("tx-3");
        assertThat(d.get("error").asText()).contains("field 'date'").contains(topics.transactions() + "/0@0");
        TestRecord<byte[], byte[]> dl = deadLetter.readRecord();
        assertThat(dl.value()).isEqualTo(bad);
        assertThat(dl.key()).isEqualTo(b("k-3"));
        assertThat(new String(dl.headers().lastHeader(DeadLetter.ERROR).value(), StandardCharsets.UTF_8)).contains("field 'date'");
        assertThat(new String(dl.headers().lastHeader(DeadLetter.SOURCE).value(), StandardCharsets.UTF_8))
                .isEqualTo(topics.transactions() + "/0@0");
        assertThat(alerts.isEmpty()).isTrue();
    }

    @Test
    void bytesThatAreNotJsonOrAnEmptyRecordOrAnOversizedOneAreNotDropped() {
        byte[] garbage = {(byte) 0xff, (byte) 0xfe, 0x00, 0x41};
        in.pipeInput(b("g"), garbage);
        in.pipeInput(b("e"), (byte[]) null);
        in.pipeInput(b("o"), b(TestLists.tx("tx-big", "x".repeat(5000))));
        assertThat(decisions.readValuesToList()).hasSize(3).allSatisfy(v -> assertThat(new String(v, StandardCharsets.UTF_8))
                .contains("\"outcome\":\"ERROR\""));
        List<TestRecord<byte[], byte[]>> dls = deadLetter.readRecordsToList();
        assertThat(dls).hasSize(3);
        assertThat(dls.get(0).value()).isEqualTo(garbage);
        assertThat(dls.get(1).value()).isNull();
        assertThat(new String(dls.get(2).headers().lastHeader(DeadLetter.ERROR).value(), StandardCharsets.UTF_8))
                .contains("longer than the limit of 4096");
    }

    @Test
    void anUnknownFieldIsNamed() throws Exception {
        in.pipeInput(b("k"), b("{\"id\":\"tx-4\",\"date\":\"2024-05-01\",\"kind\":\"payment\",\"jurisdicton\":\"US\","
                + "\"parties\":[{\"name\":\"Acme\"}]}"));
        assertThat(json(decisions.readValue()).get("error").asText()).contains("unknown field 'jurisdicton'");
    }

    @Test
    void aSwitchedSnapshotScreensTheNextRecordAndTheDecisionNamesIt() throws Exception {
        in.pipeInput(b("a"), b(TestLists.tx("tx-a", "Zenith Trading Bureau")));
        active.set(TestLists.loaded(V2));
        in.pipeInput(b("b"), b(TestLists.tx("tx-b", "Zenith Trading Bureau")));
        List<byte[]> out = decisions.readValuesToList();
        assertThat(json(out.get(0)).get("snapshot").asText()).isEqualTo(V1.hash());
        assertThat(json(out.get(0)).get("outcome").asText()).isEqualTo("ALLOW");
        assertThat(json(out.get(1)).get("snapshot").asText()).isEqualTo(V2.hash());
        assertThat(json(out.get(1)).get("outcome").asText()).isEqualTo("BLOCK");
    }

    @Test
    void metricsCountDecisionsByOutcome() {
        in.pipeInput(b("k-1"), b(TestLists.tx("tx-1", "Harmless Bakery Ltd")));
        in.pipeInput(b("k-2"), b(TestLists.tx("tx-2", "Acme Shell Holdings")));
        String text = new String(metrics.scrape(), StandardCharsets.UTF_8);
        assertThat(text).contains("interdict_stream_decisions_total{outcome=\"ALLOW\"} 1.0")
                .contains("interdict_stream_decisions_total{outcome=\"BLOCK\"} 1.0");
    }
}
