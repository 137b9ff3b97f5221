package io.interdict.streams.monitor;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.interdict.core.json.DecisionJson;
import io.interdict.core.screen.Decision;
import io.interdict.core.screen.Hit;
import io.interdict.core.screen.Outcome;
import io.interdict.core.screen.Screener;
import io.interdict.store.monitor.DeltaScope;
import io.interdict.store.monitor.MonitoredParty;
import io.interdict.streams.ops.StreamMetrics;
import io.interdict.streams.screen.DeadLetter;
import io.interdict.streams.screen.ScreeningTopology;
import io.interdict.streams.snapshot.ActiveScreener;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Continuous rescreening in the stream. Monitored parties (keyed by party id) live in a state store;
 * a party is screened when it arrives, and an alert is written when it is REVIEW or BLOCK. A list delta
 * event waits (in a second store, so a crash does not lose it) until this instance holds the snapshot
 * the delta leads to; then only the parties the delta can affect ({@link DeltaScope}, the rule
 * {@code interdict rescreen} uses) are rescreened, and a changed outcome writes an alert. Store
 * updates, alerts and input offsets commit together, so under exactly-once a rescreen is neither lost
 * nor repeated by a crash.
 */
public final class MonitorProcessor implements Processor<byte[], byte[], byte[], byte[]> {
    public static final String PARTIES_STORE = "monitored-parties";
    public static final String PENDING_STORE = "pending-list-deltas";
    /** Header of an alert: {@code transaction} (a decision) or {@code rescreen} (a monitored party's change). */
    public static final String ALERT_KIND = "interdict.alert";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ActiveScreener active;
    private final StreamMetrics metrics;
    private final String monitoredTopic;
    private final int maxDelta;
    private final Duration pendingCheck;
    private ProcessorContext<byte[], byte[]> context;
    private KeyValueStore<String, byte[]> parties;
    private KeyValueStore<String, byte[]> pending;

    /** {@code maxDelta}: above this many changed entities every party is rescreened (store.rescreen_max_delta). */
    public MonitorProcessor(ActiveScreener active, StreamMetrics metrics, String monitoredTopic, int maxDelta, Duration pendingCheck) {
        this.active = active;
        this.metrics = metrics;
        this.monitoredTopic = monitoredTopic;
        this.maxDelta = maxDelta;
        this.pendingCheck = pendingCheck;
    }

    @Override
    public void init(ProcessorContext<byte[], byte[]> context) {
        this.context = context;
        this.parties = context.getStateStore(PARTIES_STORE);
        this.pending = context.getStateStore(PENDING_STORE);
        context.schedule(pendingCheck, PunctuationType.WALL_CLOCK_TIME, now -> applyPending());
    }

    @Override
    public void process(Record<byte[], byte[]> in) {
        String topic = context.recordMetadata().map(m -> m.topic()).orElse("");
        if (topic.equals(monitoredTopic)) {
            party(in);
        } else {
            delta(in);
        }
    }

    private void party(Record<byte[], byte[]> in) {
        String key = in.key() == null ? null : new String(in.key(), StandardCharsets.UTF_8);
        if (in.value() == null) {
            if (key != null) {
                parties.delete(key);
            }
            return;
        }
        MonitoredParty p;
        try {
            p = MonitorEntry.party(key, in.value());
        } catch (RuntimeException e) {
            deadLetter(in, "monitored party: " + e.getMessage());
            return;
        }
        Screener screener = active.screener();
        Decision d = screener.screen(p.asTransaction(today()));
        MonitorEntry entry = entry(p, d);
        parties.put(p.id(), entry.toBytes());
        if (flagged(d.outcome())) {
            alert(p, null, d, "monitoring started");
        }
    }

    private void delta(Record<byte[], byte[]> in) {
        DeltaEvent ev;
        try {
            ev = DeltaEvent.parse(in.value());
        } catch (RuntimeException e) {
            deadLetter(in, e.getMessage());
            return;
        }
        pending.put(ev.to(), in.value());
        applyPending();
    }

    /** Applies every pending delta whose snapshot this instance now holds. */
    private void applyPending() {
        List<KeyValue<String, byte[]>> waiting = new ArrayList<>();
        try (KeyValueIterator<String, byte[]> it = pending.all()) {
            it.forEachRemaining(waiting::add);
        }
        for (KeyValue<String, byte[]> kv : waiting) {
            DeltaEvent ev = DeltaEvent.parse(kv.value);
            ActiveScreener.Loaded now = active.get();
            if (!now.snapshotId().equals(ev.to()) && (ev.from() == null || now.snapshotId().equals(ev.from()))) {
                continue;    // the new snapshot has not arrived here yet
            }
            DeltaScope scope = scope(ev, now);
            rescreen(now.screener(), scope);
            pending.delete(kv.key);
        }
    }

    /** Which parties the delta can affect under the snapshot this instance holds (everyone when that cannot be bounded). */
    private DeltaScope scope(DeltaEvent ev, ActiveScreener.Loaded now) {
        if (ev.everyone() != null) {
            return DeltaScope.everyone(ev.everyone());
        }
        if (!now.snapshotId().equals(ev.to())) {
            return DeltaScope.everyone("this instance holds " + now.snapshotId() + ", neither end of the delta " + ev.from()
                    + " -> " + ev.to());
        }
        try {
            return DeltaScope.of(ev.resolve(now.screener().snapshot()), now.screener().snapshot(), now.screener(), maxDelta);
        } catch (IllegalArgumentException e) {
            // An event that does not match its snapshot must not stop the task: rescreen everyone instead.
            return DeltaScope.everyone("the delta does not match its snapshot: " + e.getMessage());
        }
    }

    private void rescreen(Screener screener, DeltaScope scope) {
        LocalDate today = today();
        List<MonitorEntry> candidates = new ArrayList<>();
        try (KeyValueIterator<String, byte[]> it = parties.all()) {
            while (it.hasNext()) {
                MonitorEntry e = MonitorEntry.parse(it.next().value);
                if (scope.affects(e.party(), e.hitEntities())) {
                    candidates.add(e);
                }
            }
        }
        long alerts = 0;
        for (MonitorEntry e : candidates) {
            Decision d = screener.screen(e.party().asTransaction(today));
            boolean changed = e.outcome() == null ? flagged(d.outcome()) : !e.outcome().equals(d.outcome().name());
            if (changed) {
                alert(e.party(), e.outcome(), d, scope.reason());
                alerts++;
            }
            parties.put(e.party().id(), entry(e.party(), d).toBytes());
        }
        metrics.rescreened(candidates.size(), alerts);
    }

    private static MonitorEntry entry(MonitoredParty p, Decision d) {
        Set<String> hits = new LinkedHashSet<>();
        for (Hit h : d.hits()) {
            hits.add(h.entity());
        }
        return new MonitorEntry(p, d.outcome().name(), d.snapshot(), hits);
    }

    private void alert(MonitoredParty p, String previous, Decision d, String reason) {
        ObjectNode o = JSON.createObjectNode();
        o.put("kind", "rescreen");
        o.put("party", p.id());
        o.put("previous", previous);
        o.put("outcome", d.outcome().name());
        o.put("snapshot", d.snapshot());
        o.put("reason", reason);
        try {
            o.set("decision", JSON.readTree(DecisionJson.toJson(d)));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        RecordHeaders headers = new RecordHeaders();
        headers.add(ALERT_KIND, "rescreen".getBytes(StandardCharsets.UTF_8));
        context.forward(new Record<>(p.id().getBytes(StandardCharsets.UTF_8), o.toString().getBytes(StandardCharsets.UTF_8),
                context.currentSystemTimeMs(), headers), ScreeningTopology.MONITOR_ALERTS_SINK);
    }

    private void deadLetter(Record<byte[], byte[]> in, String error) {
        String where = context.recordMetadata().map(m -> m.topic() + "/" + m.partition() + "@" + m.offset()).orElse("record");
        RecordHeaders headers = new RecordHeaders();
        headers.add(DeadLetter.ERROR, (where + ": " + error).getBytes(StandardCharsets.UTF_8));
        headers.add(DeadLetter.SOURCE, where.getBytes(StandardCharsets.UTF_8));
        headers.add(DeadLetter.SNAPSHOT, active.get().snapshotId().getBytes(StandardCharsets.UTF_8));
        context.forward(new Record<>(in.key(), in.value(), in.timestamp(), headers), ScreeningTopology.MONITOR_DEAD_LETTER_SINK);
        metrics.deadLetter();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(Instant.ofEpochMilli(context.currentSystemTimeMs()), ZoneOffset.UTC);
    }

    private static boolean flagged(Outcome o) {
        return o == Outcome.REVIEW || o == Outcome.BLOCK;
    }
}
