package io.interdict.streams.ops;

import io.interdict.core.screen.Outcome;
import io.interdict.streams.screen.CachingMatcher;
import io.interdict.streams.snapshot.ActiveScreener;
import io.prometheus.metrics.core.datapoints.CounterDataPoint;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;

/**
 * Prometheus metrics of one stream instance, in the text format {@code serve} uses and with its own
 * registry (two instances in one test JVM do not share counters). Throughput is the rate of the
 * decision counter; lag comes from the Kafka consumer's own per-partition {@code records-lag}.
 */
public final class StreamMetrics {
    public static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private final PrometheusRegistry registry = new PrometheusRegistry();
    private final Map<Outcome, CounterDataPoint> decisions = new EnumMap<>(Outcome.class);
    private final CounterDataPoint deadLetters;
    private final Histogram screening;
    private final Counter rescreened;
    private final Counter rescreenAlerts;
    private final Counter snapshotSwitches;
    private final PrometheusTextFormatWriter writer = new PrometheusTextFormatWriter(false);

    public StreamMetrics() {
        Counter d = Counter.builder().name("interdict_stream_decisions_total")
                .help("Decisions written, by outcome (rate = throughput)").labelNames("outcome").register(registry);
        for (Outcome o : Outcome.values()) {
            decisions.put(o, d.labelValues(o.name()));
        }
        deadLetters = Counter.builder().name("interdict_stream_dead_letters_total")
                .help("Input records that were not valid transactions, copied to the dead-letter topic").register(registry)
                .labelValues();
        screening = Histogram.builder().name("interdict_stream_screen_seconds")
                .help("Time to parse, screen and serialise one record").classicOnly()
                .classicUpperBounds(0.00005, 0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.05, 0.1, 1)
                .register(registry);
        rescreened = Counter.builder().name("interdict_stream_rescreened_parties_total")
                .help("Monitored parties rescreened after a list delta").register(registry);
        rescreenAlerts = Counter.builder().name("interdict_stream_rescreen_alerts_total")
                .help("Alerts written because a rescreened party's outcome changed").register(registry);
        snapshotSwitches = Counter.builder().name("interdict_stream_snapshot_switches_total")
                .help("Times this instance switched to a newly published snapshot").register(registry);
    }

    /** Gauges read from the running application: its state, snapshot and the consumers' lag. */
    public void bind(Supplier<String> state, ActiveScreener active, Supplier<Map<MetricName, ? extends Metric>> kafka, Clock clock) {
        GaugeWithCallback.builder().name("interdict_stream_running")
                .help("1 when the Kafka Streams application is RUNNING, else 0 (see interdict_stream_state)")
                .callback(cb -> cb.call("RUNNING".equals(state.get()) ? 1 : 0)).register(registry);
        GaugeWithCallback.builder().name("interdict_stream_state")
                .help("The Kafka Streams state, as a label with value 1").labelNames("state")
                .callback(cb -> cb.call(1, state.get())).register(registry);
        GaugeWithCallback.builder().name("interdict_stream_snapshot")
                .help("1 for the snapshot decisions are made with, labelled with its id and where it came from (topic or local)")
                .labelNames("snapshot", "origin")
                .callback(cb -> cb.call(1, active.get().snapshotId(), active.get().origin())).register(registry);
        GaugeWithCallback.builder().name("interdict_snapshot_loaded_age_seconds")
                .help("Seconds since the active snapshot was loaded")
                .callback(cb -> cb.call(Duration.between(active.get().loadedAt(), clock.instant()).toMillis() / 1000.0))
                .register(registry);
        GaugeWithCallback.builder().name("interdict_stream_match_cache_hit_ratio")
                .help("Share of party lookups answered by the match cache since the active snapshot was loaded")
                .callback(cb -> {
                    if (active.screener().matcher() instanceof CachingMatcher m) {
                        cb.call(m.stats().hitRate());
                    }
                }).register(registry);
        GaugeWithCallback.builder().name("interdict_stream_consumer_lag")
                .help("Records not yet read, per input topic partition assigned to this instance")
                .labelNames("topic", "partition")
                .callback(cb -> lag(kafka.get()).forEach((tp, v) -> cb.call(v, tp.get(0), tp.get(1))))
                .register(registry);
    }

    /**
     * The main consumers' per-partition {@code records-lag}, by (topic, partition). Kafka registers each
     * also under the topic name with dots replaced by underscores (a legacy alias): those are skipped.
     */
    static Map<List<String>, Double> lag(Map<MetricName, ? extends Metric> metrics) {
        Map<List<String>, Double> out = new TreeMap<>(Comparator.comparing((List<String> l) -> l.get(0))
                .thenComparing(l -> Integer.parseInt(l.get(1))));
        Set<String> topics = new HashSet<>();
        List<Map.Entry<MetricName, ? extends Metric>> lags = new ArrayList<>();
        for (Map.Entry<MetricName, ? extends Metric> e : metrics.entrySet()) {
            MetricName n = e.getKey();
            String client = n.tags().get("client-id");
            if (n.name().equals("records-lag") && n.group().equals("consumer-fetch-manager-metrics")
                    && n.tags().containsKey("partition") && n.tags().containsKey("topic")
                    && client != null && !client.endsWith("restore-consumer")) {
                lags.add(e);
                topics.add(n.tags().get("topic"));
            }
        }
        for (Map.Entry<MetricName, ? extends Metric> e : lags) {
            String topic = e.getKey().tags().get("topic");
            boolean alias = topics.stream().anyMatch(t -> !t.equals(topic) && t.replace('.', '_').equals(topic));
            if (!alias && e.getValue().metricValue() instanceof Double v && !v.isNaN()) {
                out.merge(List.of(topic, e.getKey().tags().get("partition")), v, Double::sum);
            }
        }
        return out;
    }

    public void decision(Outcome outcome, double seconds) {
        decisions.get(outcome).inc();
        screening.observe(seconds);
    }

    public void deadLetter() {
        deadLetters.inc();
    }

    public void rescreened(long parties, long alerts) {
        rescreened.inc(parties);
        rescreenAlerts.inc(alerts);
    }

    public void snapshotSwitched() {
        snapshotSwitches.inc();
    }

    public long decisions(Outcome o) {
        return (long) decisions.get(o).get();
    }

    public byte[] scrape() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        try {
            writer.write(out, registry.scrape());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
