package io.interdict.store.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.core.entity.Entity;
import io.interdict.core.screen.Decision;
import io.interdict.core.screen.Screener;
import io.interdict.core.snapshot.Snapshot;
import io.interdict.core.tx.Transaction;
import io.interdict.store.audit.AuditLog;
import io.interdict.store.audit.Recorder;
import io.interdict.store.db.Database;
import io.interdict.store.monitor.MonitorRegistry;
import io.interdict.store.monitor.MonitoredParty;
import io.interdict.store.monitor.Rescreener;
import io.interdict.store.suppress.SuppressingScreener;
import io.interdict.store.testkit.Fixtures;
import io.interdict.store.testkit.TestDatabases;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Store figures, printed to stdout (scripts/store-bench): decisions recorded per second, and the
 * rescreen of a large monitored set after a 100-entity list delta. Sizes from system properties:
 * interdict.bench.decisions (200,000), interdict.bench.parties (1,000,000), interdict.bench.entities (10,000).
 */
@Tag("bench")
class StoreBenchTest {
    static final int DECISIONS = Integer.getInteger("interdict.bench.decisions", 200_000);
    static final int PARTIES = Integer.getInteger("interdict.bench.parties", 1_000_000);
    static final int ENTITIES = Integer.getInteger("interdict.bench.entities", 10_000);
    static final LocalDate DAY = LocalDate.parse("2026-01-15");

    @TempDir
    Path tmp;

    @ParameterizedTest
    @MethodSource("io.interdict.store.testkit.TestDatabases#kinds")
    void recordingThroughput(String kind) {
        Database db = TestDatabases.open(kind, tmp);
        Snapshot s = list("sha256:bench-1", 0);
        Screener screener = Fixtures.screener(s);
        List<Transaction> txs = new ArrayList<>();
        List<Decision> ds = new ArrayList<>();
        for (int i = 0; i < DECISIONS; i++) {
            Transaction tx = Fixtures.tx("tx-" + i, i % 1000 == 0 ? "Listed Company " + (i % ENTITIES) : "Customer " + i + " Trading Ltd");
            txs.add(tx);
            ds.add(screener.screen(tx));
        }
        long t0 = System.nanoTime();
        try (Recorder r = new Recorder(new AuditLog(db, Fixtures.CLOCK), new AuditLog.Context("bench", "cli-batch", "e", "x"), 500)) {
            for (int i = 0; i < txs.size(); i++) {
                r.add(txs.get(i), ds.get(i));
            }
        }
        double sec = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "BENCH %s record: %,d decisions stored in %.1f s = %,.0f decisions/s (batch 500, storage only)%n",
                kind, DECISIONS, sec, DECISIONS / sec);
        long t1 = System.nanoTime();
        var v = new AuditLog(db, Fixtures.CLOCK).verify();
        System.out.printf(Locale.ROOT, "BENCH %s verify: %,d records in %.1f s%n", kind, v.checked(), (System.nanoTime() - t1) / 1e9);
        assertThat(v.ok()).isTrue();
    }

    @ParameterizedTest
    @MethodSource("io.interdict.store.testkit.TestDatabases#kinds")
    void rescreenAfterAHundredEntityDelta(String kind) {
        Database db = TestDatabases.open(kind, tmp);
        MonitorRegistry reg = new MonitorRegistry(db, Fixtures.CLOCK);
        long t0 = System.nanoTime();
        List<MonitoredParty> batch = new ArrayList<>();
        for (int i = 0; i < PARTIES; i++) {
            // One party in 10,000 is a listed company; the next snapshot adds aliases naming 50 "future" parties.
            String name = i % 10_000 == 0 ? "Listed Company " + (i / 10_000) : i % 20_000 == 1 ? "Future Target " + (i / 20_000)
                    : "Customer " + i + " Trading Ltd";
            batch.add(new MonitoredParty(String.format(Locale.ROOT, "c%08d", i), name, "DE", List.of(), null, "US"));
            if (batch.size() == 50_000) {
                reg.put(batch);
                batch.clear();
            }
        }
        reg.put(batch);
        double imported = (System.nanoTime() - t0) / 1e9;
        Rescreener r = new Rescreener(db, Fixtures.CLOCK, new AuditLog.Context("bench", "rescreen", "e", "x"), 10_000);
        Rescreener.Result full = r.run(screener(list("sha256:bench-1", 0)), DAY, false);
        Rescreener.Result delta = r.run(screener(list("sha256:bench-2", 100)), DAY, false);
        System.out.printf(Locale.ROOT, "BENCH %s rescreen: %,d monitored parties imported in %.1f s; baseline full rescreen %.1f s (%,d alerts)%n",
                kind, PARTIES, imported, full.seconds(), full.alerts().size());
        System.out.printf(Locale.ROOT, "BENCH %s rescreen after a 100-entity delta: mode %s (%s), %,d candidates, %,d changed, %d alerts, %.1f s%n",
                kind, delta.mode(), delta.reason(), delta.candidates(), delta.changed(), delta.alerts().size(), delta.seconds());
        assertThat(delta.mode()).isEqualTo("delta");
        assertThat(delta.alerts()).hasSize(Math.min(50, PARTIES / 20_000));
    }

    static SuppressingScreener screener(Snapshot s) {
        return new SuppressingScreener(Fixtures.screener(s), List.of(), DAY);
    }

    /** ENTITIES listed companies; {@code changes} of them (up to 100) changed: half gain an alias naming a future target, half a new entity. */
    static Snapshot list(String checksum, int changes) {
        List<Entity> es = new ArrayList<>();
        for (int i = 0; i < ENTITIES; i++) {
            es.add(i < changes / 2 ? Fixtures.entity("bench:" + i, "Listed Company " + i, "Future Target " + i)
                    : Fixtures.entity("bench:" + i, "Listed Company " + i));
        }
        for (int i = 0; i < changes - changes / 2; i++) {
            es.add(Fixtures.entity("bench:new-" + i, "Newly Listed Holding " + i));
        }
        return Fixtures.list(checksum, es);
    }
}
