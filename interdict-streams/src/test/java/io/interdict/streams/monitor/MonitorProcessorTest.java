package io.interdict.streams.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.interdict.core.snapshot.Snapshot;
import io.interdict.config.Config;
import io.interdict.config.StreamsConfig;
import io.interdict.store.monitor.SnapshotDelta;
import io.interdict.streams.ops.StreamMetrics;
import io.interdict.streams.screen.ScreeningTopology;
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
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MonitorProcessorTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** V3 renames Acme (a changed entity) and keeps Zenith. */
    private static final Snapshot V3 = TestLists.list("v3", List.of(TestLists.org("t:acme", "Acme Renamed Conglomerate"),
            TestLists.org("t:zenith", "Zenith Trading Bureau")));

    private final StreamsConfig.Topics topics = Config.defaults().streams().topics();
    private ActiveScreener active;
    private StreamMetrics metrics;
    private TopologyTestDriver driver;
    private TestInputTopic<byte[], byte[]> monitored;
    private TestInputTopic<byte[], byte[]> deltas;
    private TestOutputTopic<byte[], byte[]> alerts;
    private TestOutputTopic<byte[], byte[]> deadLetter;

    @BeforeEach
    void start() {
        active = new ActiveScreener(TestLists.loaded(TestLists.V1));
        metrics = new StreamMetrics();
        Properties p = new Properties();
        p.put("application.id", "monitor-test");
        p.put("bootstrap.servers", "unused:9092");
        driver = new TopologyTestDriver(ScreeningTopology.build(topics, active, metrics,
                new ScreeningTopology.Settings(4096, 10_000, false, Duration.ofSeconds(1))), p);
        ByteArraySerializer s = new ByteArraySerializer();
        ByteArrayDeserializer d = new ByteArrayDeserializer();
        monitored = driver.createInputTopic(topics.monitored(), s, s);
        deltas = driver.createInputTopic(topics.listDeltas(), s, s);
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

    private void party(String id, String name) {
        monitored.pipeInput(b(id), b("{\"name\":\"" + name + "\",\"jurisdiction\":\"US\"}"));
    }

    private List<JsonNode> alertsRead() {
        return alerts.readValuesToList().stream().map(v -> {
            try {
                return JSON.readTree(v);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private void rollOut(Snapshot from, Snapshot to) {
        deltas.pipeInput(b(to.hash()), DeltaEvent.of(from.hash(), to.hash(), SnapshotDelta.between(from, to)).toBytes());
    }

    @Test
    void aPartyIsScreenedWhenItArrivesAndAlertsWhenFlagged() {
        party("p-acme", "Acme Shell Holdings");
        party("p-bakery", "Harmless Bakery");
        List<JsonNode> out = alertsRead();
        assertThat(out).hasSize(1);
        assertThat(out.get(0).get("party").asText()).isEqualTo("p-acme");
        assertThat(out.get(0).get("outcome").asText()).isEqualTo("BLOCK");
        KeyValueStore<String, byte[]> store = driver.getKeyValueStore(MonitorProcessor.PARTIES_STORE);
        assertThat(MonitorEntry.parse(store.get("p-bakery")).outcome()).isEqualTo("ALLOW");
    }

    @Test
    void aDeltaWaitsForItsSnapshotThenRescreensOnlyThePartiesItCanAffect() {
        party("p-zenith", "Zenith Trading Bureau");
        party("p-bakery", "Harmless Bakery");
        party("p-acme", "Acme Shell Holdings");
        alerts.readValuesToList();
        long before = rescreened();
        rollOut(TestLists.V1, TestLists.V2);
        assertThat(alerts.isEmpty()).as("the instance does not hold V2 yet").isTrue();
        active.set(TestLists.loaded(TestLists.V2));
        driver.advanceWallClockTime(Duration.ofSeconds(2));
        List<JsonNode> out = alertsRead();
        assertThat(out).hasSize(1);
        assertThat(out.get(0).get("party").asText()).isEqualTo("p-zenith");
        assertThat(out.get(0).get("previous").asText()).isEqualTo("ALLOW");
        assertThat(out.get(0).get("outcome").asText()).isEqualTo("BLOCK");
        assertThat(out.get(0).get("snapshot").asText()).isEqualTo(TestLists.V2.hash());
        assertThat(rescreened() - before).as("only Zenith's possible matches are rescreened, not all three").isEqualTo(1);
    }

    @Test
    void aChangedEntityRescreensThePartiesThatHitItAndClearsThem() {
        active.set(TestLists.loaded(TestLists.V2));
        party("p-acme", "Acme Shell Holdings");
        party("p-bakery", "Harmless Bakery");
        alerts.readValuesToList();
        active.set(TestLists.loaded(V3));
        rollOut(TestLists.V2, V3);
        List<JsonNode> out = alertsRead();
        assertThat(out).hasSize(1);
        assertThat(out.get(0).get("party").asText()).isEqualTo("p-acme");
        assertThat(out.get(0).get("previous").asText()).isEqualTo("BLOCK");
        assertThat(out.get(0).get("outcome").asText()).isEqualTo("ALLOW");
    }

    @Test
    void aRemovedPartyIsNotRescreenedAndABadOneIsADeadLetter() {
        party("p-zenith", "Zenith Trading Bureau");
        monitored.pipeInput(b("p-zenith"), (byte[]) null);
        monitored.pipeInput(b("p-bad"), b("{\"ids\":[\"nocolon\"]}"));
        assertThat(new String(deadLetter.readRecord().headers().lastHeader("interdict.error").value(), StandardCharsets.UTF_8))
                .contains("ids[0]");
        active.set(TestLists.loaded(TestLists.V2));
        rollOut(TestLists.V1, TestLists.V2);
        assertThat(alerts.isEmpty()).isTrue();
    }

    @Test
    void withoutAnEarlierSnapshotEveryPartyIsRescreened() {
        party("p-zenith", "Zenith Trading Bureau");
        party("p-bakery", "Harmless Bakery");
        long before = rescreened();
        active.set(TestLists.loaded(TestLists.V2));
        deltas.pipeInput(b("x"), DeltaEvent.everyone(null, TestLists.V2.hash(), "first snapshot published").toBytes());
        assertThat(rescreened() - before).isEqualTo(2);
        assertThat(alertsRead()).extracting(j -> j.get("party").asText()).containsExactly("p-zenith");
    }

    @Test
    void aDeltaThatDoesNotMatchItsSnapshotRescreensEveryoneInsteadOfStoppingTheTask() {
        party("p-zenith", "Zenith Trading Bureau");
        party("p-bakery", "Harmless Bakery");
        long before = rescreened();
        active.set(TestLists.loaded(TestLists.V2));
        DeltaEvent wrong = new DeltaEvent(TestLists.V1.hash(), TestLists.V2.hash(), List.of("t:unknown"), List.of(), List.of(),
                List.of(), List.of(), List.of(), false, null);
        deltas.pipeInput(b("x"), wrong.toBytes());
        assertThat(rescreened() - before).isEqualTo(2);
        assertThat(alertsRead()).extracting(j -> j.get("reason").asText()).singleElement().asString()
                .contains("does not match its snapshot");
    }

    private long rescreened() {
        String text = new String(metrics.scrape(), StandardCharsets.UTF_8);
        for (String line : text.split("\n")) {
            if (line.startsWith("interdict_stream_rescreened_parties_total ")) {
                return (long) Double.parseDouble(line.substring(line.indexOf(' ') + 1));
            }
        }
        return 0;
    }
}
