package io.interdict.store.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.core.screen.Screener;
import io.interdict.core.snapshot.Snapshot;
import io.interdict.core.tx.Transaction;
import io.interdict.store.db.Database;
import io.interdict.store.snapshot.SnapshotArchive;
import io.interdict.store.testkit.Fixtures;
import io.interdict.store.testkit.TestDatabases;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Several writers on one real store at once (issue 14, items 11 and 12): the class "concurrent
 * writers". Each writer opens its own {@link Database}, as two `screen --record` processes do.
 */
class ConcurrentWritersTest {
    static final AuditLog.Context CTX = new AuditLog.Context("alice", "cli-batch", "test-engine", "exact-v1");
    static final int WRITERS = 4;

    @TempDir
    Path tmp;

    /** Item 11: the chain and its head are read in one snapshot, so appends during verify are not "tampering". */
    @ParameterizedTest
    @MethodSource("io.interdict.store.testkit.TestDatabases#kinds")
    void verifyDuringAnAppendSeesOneConsistentSnapshot(String kind) {
        Database db = TestDatabases.open(kind, tmp);
        AuditLog log = new AuditLog(db, Fixtures.CLOCK);
        record(log, "a-", 3);
        // While verify is part-way through the chain, another connection appends and commits two records.
        AuditLog.Verification v = log.verify(seq -> {
            if (seq == 1) {
                record(new AuditLog(db, Fixtures.CLOCK), "b-", 2);
            }
        });
        assertThat(v.problems()).isEmpty();
        assertThat(v.checked()).isEqualTo(3);
        assertThat(log.verify().checked()).isEqualTo(5);
    }

    /** Item 12: registering snapshots from several writers at once never fails with BUSY or a duplicate key. */
    @ParameterizedTest
    @MethodSource("io.interdict.store.testkit.TestDatabases#kinds")
    void concurrentRegistersOfNewAndKnownSnapshotsAllSucceed(String kind) throws Exception {
        String url = TestDatabases.url(kind, tmp);
        Database.open(url);
        for (int round = 0; round < 4; round++) {
            // Same new snapshot for everyone (duplicate insert race), retained by some (content update race).
            Snapshot s = Fixtures.list("round-" + round, List.of(Fixtures.entity("t:e" + round, "Name " + round)));
            int r = round;
            runTogether(w -> {
                new SnapshotArchive(Database.open(url), Fixtures.CLOCK).register(s, (w + r) % 2 == 0);
                return null;
            });
            assertThat(new SnapshotArchive(Database.open(url), Fixtures.CLOCK).info(s.hash()).orElseThrow().retained()).isTrue();
        }
    }

    /** Items 11 and 12 as users hit them: writers record batches on one store while another verifies. */
    @ParameterizedTest
    @MethodSource("io.interdict.store.testkit.TestDatabases#kinds")
    void parallelRecordersAndVerifiersKeepOneGapFreeChain(String kind) throws Exception {
        String url = TestDatabases.url(kind, tmp);
        List<Long> problems = runTogether(w -> {
            Database db = Database.open(url);
            new SnapshotArchive(db, Fixtures.CLOCK).register(Fixtures.small(), true);
            AuditLog log = new AuditLog(db, Fixtures.CLOCK);
            long bad = 0;
            for (int batch = 0; batch < 5; batch++) {
                record(log, "w" + w + "-" + batch + "-", 7);
                bad += log.verify().problems().size();
            }
            return bad;
        });
        assertThat(problems).containsOnly(0L);
        AuditLog.Verification v = new AuditLog(Database.open(url), Fixtures.CLOCK).verify();
        assertThat(v.problems()).isEmpty();
        assertThat(v.checked()).isEqualTo(WRITERS * 5 * 7);
    }

    /** Item 12 on a new SQLite file: every writer migrates the same new store at once. */
    @Test
    void writersOpeningANewSqliteStoreAtOnceAllSucceed() throws Exception {
        for (int round = 0; round < 3; round++) {
            Path dir = tmp.resolve("new-" + round);
            List<Long> stored = runTogether(w -> {
                Database db = Database.sqlite(dir);
                new SnapshotArchive(db, Fixtures.CLOCK).register(Fixtures.small(), false);
                return (long) record(new AuditLog(db, Fixtures.CLOCK), "w" + w + "-", 3);
            });
            assertThat(stored).containsOnly(3L);
            assertThat(new AuditLog(Database.sqlite(dir), Fixtures.CLOCK).verify().checked()).isEqualTo(WRITERS * 3);
        }
    }

    private static int record(AuditLog log, String prefix, int n) {
        Screener s = Fixtures.screener(Fixtures.small());
        try (Recorder r = new Recorder(log, CTX, 2)) {
            for (int i = 0; i < n; i++) {
                Transaction tx = Fixtures.tx(prefix + i, i % 3 == 0 ? "Acme Trading" : "Nobody " + i);
                r.add(tx, s.screen(tx));
            }
            r.flush();
            return (int) r.stored();
        }
    }

    interface Writer<T> {
        T run(int writer) throws Exception;
    }

    /** Starts {@link #WRITERS} writers at the same instant and returns their results (rethrowing any failure). */
    static <T> List<T> runTogether(Writer<T> body) throws Exception {
        CyclicBarrier start = new CyclicBarrier(WRITERS);
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        try {
            List<Future<T>> fs = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                int id = w;
                Callable<T> c = () -> {
                    start.await();
                    return body.run(id);
                };
                fs.add(pool.submit(c));
            }
            List<T> out = new ArrayList<>();
            for (Future<T> f : fs) {
                out.add(f.get(2, TimeUnit.MINUTES));
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }
}
