package io.interdict.server.metrics;

import io.interdict.core.screen.Decision;
import io.interdict.core.snapshot.SourceInfo;
import io.interdict.server.Engine;
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
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.function.Supplier;

/**
 * Prometheus metrics of one server. Its own registry (not the global default) so two servers in one
 * test JVM do not share counters. Labels use the route template, never the raw path, so
 * {@code /v1/entities/<id>} cannot explode the series count.
 */
public final class ServerMetrics {
    public static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private final PrometheusRegistry registry = new PrometheusRegistry();
    private final Counter requests;
    private final Histogram latency;
    private final Counter decisions;
    private final PrometheusTextFormatWriter writer = new PrometheusTextFormatWriter(false);

    public ServerMetrics(Supplier<Engine> engine, Clock clock) {
        requests = Counter.builder().name("interdict_http_requests_total")
                .help("HTTP requests by method, route template and status")
                .labelNames("method", "route", "status").register(registry);
        // Classic buckets only: they are what every Prometheus version reads, and cheaper to update.
        latency = Histogram.builder().name("interdict_http_request_duration_seconds")
                .help("HTTP request latency by method and route template")
                .labelNames("method", "route").classicOnly()
                .classicUpperBounds(0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10)
                .register(registry);
        decisions = Counter.builder().name("interdict_decisions_total")
                .help("Screening decisions by outcome").labelNames("outcome").register(registry);
        GaugeWithCallback.builder().name("interdict_snapshot_ready")
                .help("1 once the snapshot is loaded and the server answers, else 0")
                .callback(cb -> cb.call(engine.get() == null ? 0 : 1)).register(registry);
        GaugeWithCallback.builder().name("interdict_snapshot_loaded_age_seconds")
                .help("Seconds since the active snapshot was loaded")
                .callback(cb -> {
                    Engine e = engine.get();
                    if (e != null) {
                        cb.call(Duration.between(e.loadedAt(), clock.instant()).toMillis() / 1000.0);
                    }
                }).register(registry);
        GaugeWithCallback.builder().name("interdict_list_age_seconds")
                .help("Seconds since the publisher's date of each list in the active snapshot")
                .labelNames("source")
                .callback(cb -> {
                    Engine e = engine.get();
                    if (e == null) {
                        return;
                    }
                    for (SourceInfo s : e.snapshot().sources()) {
                        LocalDate d = listDate(s);
                        if (d != null) {
                            cb.call(Duration.between(d.atStartOfDay().toInstant(ZoneOffset.UTC), clock.instant()).toSeconds(), s.id());
                        }
                    }
                }).register(registry);
    }

    /** Requests screening or matching now, running or waiting for a worker (see {@code Workers}). */
    public void workload(java.util.function.IntSupplier busy, int workers) {
        GaugeWithCallback.builder().name("interdict_requests_in_progress")
                .help("Screening and matching requests running or waiting for a worker; above interdict_workers they queue")
                .callback(cb -> cb.call(busy.getAsInt())).register(registry);
        GaugeWithCallback.builder().name("interdict_workers")
                .help("Threads that screen and match")
                .callback(cb -> cb.call(workers)).register(registry);
    }

    private static LocalDate listDate(SourceInfo s) {
        try {
            return s.listDate() == null ? null : LocalDate.parse(s.listDate().length() > 10 ? s.listDate().substring(0, 10) : s.listDate());
        } catch (RuntimeException e) {
            return null;
        }
    }

    public void request(String method, String route, int status, double seconds) {
        requests.labelValues(method, route, Integer.toString(status)).inc();
        latency.labelValues(method, route).observe(seconds);
    }

    public void decision(Decision d) {
        decisions.labelValues(d.outcome().name()).inc();
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
