package io.interdict.streams.screen;

import io.interdict.config.StreamsConfig;
import io.interdict.streams.monitor.MonitorProcessor;
import io.interdict.streams.ops.StreamMetrics;
import io.interdict.streams.snapshot.ActiveScreener;
import java.time.Duration;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.state.KeyValueBytesStoreSupplier;
import org.apache.kafka.streams.state.Stores;

/**
 * The topology, two independent sub-topologies:
 * <pre>
 *   transactions ─► screen ─┬► decisions      (one per input record)
 *                           ├► alerts         (REVIEW and BLOCK)
 *                           └► dead-letter    (records that are not transactions, bytes unchanged)
 *   monitored ───┐
 *   list-deltas ─┴► monitor [monitored-parties, pending-list-deltas] ─► alerts, dead-letter
 * </pre>
 * Keys and values are bytes end to end: a record that does not parse is still passed on intact.
 */
public final class ScreeningTopology {
    public static final String DECISIONS_SINK = "decisions";
    public static final String ALERTS_SINK = "alerts";
    public static final String DEAD_LETTER_SINK = "dead-letter";
    public static final String MONITOR_ALERTS_SINK = "monitor-alerts";
    public static final String MONITOR_DEAD_LETTER_SINK = "monitor-dead-letter";

    /** What the topology needs besides topic names. */
    public record Settings(int maxRecordBytes, int rescreenMaxDelta, boolean persistentStores, Duration pendingDeltaCheck) {
    }

    private ScreeningTopology() {
    }

    public static Topology build(StreamsConfig.Topics topics, ActiveScreener active, StreamMetrics metrics, Settings s) {
        ByteArrayDeserializer in = new ByteArrayDeserializer();
        ByteArraySerializer out = new ByteArraySerializer();
        Topology t = new Topology();
        t.addSource("transactions", in, in, topics.transactions());
        t.addProcessor("screen", () -> new ScreenProcessor(active, metrics, s.maxRecordBytes()), "transactions");
        t.addSink(DECISIONS_SINK, topics.decisions(), out, out, "screen");
        t.addSink(ALERTS_SINK, topics.alerts(), out, out, "screen");
        t.addSink(DEAD_LETTER_SINK, topics.deadLetter(), out, out, "screen");

        t.addSource("monitored", in, in, topics.monitored());
        t.addSource("list-deltas", in, in, topics.listDeltas());
        t.addProcessor("monitor", () -> new MonitorProcessor(active, metrics, topics.monitored(), s.rescreenMaxDelta(),
                s.pendingDeltaCheck()), "monitored", "list-deltas");
        t.addStateStore(Stores.keyValueStoreBuilder(store(MonitorProcessor.PARTIES_STORE, s.persistentStores()),
                Serdes.String(), Serdes.ByteArray()), "monitor");
        t.addStateStore(Stores.keyValueStoreBuilder(store(MonitorProcessor.PENDING_STORE, s.persistentStores()),
                Serdes.String(), Serdes.ByteArray()), "monitor");
        t.addSink(MONITOR_ALERTS_SINK, topics.alerts(), out, out, "monitor");
        t.addSink(MONITOR_DEAD_LETTER_SINK, topics.deadLetter(), out, out, "monitor");
        return t;
    }

    private static KeyValueBytesStoreSupplier store(String name, boolean persistent) {
        return persistent ? Stores.persistentKeyValueStore(name) : Stores.inMemoryKeyValueStore(name);
    }
}
