package io.interdict.store.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.core.screen.Decision;
import io.interdict.core.screen.Outcome;
import io.interdict.core.screen.Screener;
import io.interdict.core.tx.Transaction;
import io.interdict.store.db.Database;
import io.interdict.store.review.ReviewService;
import io.interdict.store.testkit.Fixtures;
import io.interdict.store.testkit.TestDatabases;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class AuditLogTest {
    static final AuditLog.Context CTX = new AuditLog.Context("alice", "cli-batch", "test-engine", "exact-v1");
    @TempDir
    Path tmp;

    private AuditLog logWith(Database db, String... names) {
        AuditLog log = new AuditLog(db, Fixtures.CLOCK);
        Screener s = Fixtures.screener(Fixtures.small());
        try (Recorder r = new Recorder(log, CTX, 2)) {
            for (int i = 0; i < names.length; i++) {
                Transaction tx = Fixtures.tx("tx-" + i, names[i]);
                r.add(tx, s.screen(tx));
            }
        }
        return log;
    }

    @ParameterizedTest
    @MethodSource("io.interdict.store.testkit.TestDatabases#kinds")
    void storesEachDecisionOnceWithItsInputAndOpensAlerts(String kind) {
        Database db = TestDatabases.open(kind, tmp);
        AuditLog log = logWith(db, "Acme Trading", "Nobody Ltd", "Vanya", "Someone Else");
        assertThat(log.count()).isEqualTo(4);
        AuditRecord r = log.find("tx-0").orElseThrow();
        assertThat(r.seq()).isEqualTo(1);
        assertThat(r.outcome()).isEqualTo("BLOCK");
        assertThat(r.caller()).isEqualTo("alice");
        assertThat(r.algorithm()).isEqualTo("exact-v1");
        assertThat(r.snapshot()).isEqualTo(Fixtures.small().hash());
        assertThat(TransactionJson.read(r.input())).isEqualTo(Fixtures.tx("tx-0", "Acme Trading"));
        assertThat(log.find("3").orElseThrow().txKey()).isEqualTo("tx-2");
        // BLOCK (Acme) and REVIEW (a weak alias) open alerts; ALLOWs do not.
        assertThat(new ReviewService(db, Fixtures.CLOCK).list(ReviewService.Filter.all()))
                .extracting(a -> a.txKey() + "/" + a.outcome()).containsExactly("tx-0/BLOCK", "tx-2/REVIEW");

        // The same transactions again (a resumed batch): nothing new stored, no new alerts.
        Screener s = Fixtures.screener(Fixtures.small());
        Recorder again = new Recorder(log, CTX, 10);
        again.add(Fixtures.tx("tx-1", "Nobody Ltd"), s.screen(Fixtures.tx("tx-1", "Nobody Ltd")));
        again.add(Fixtures.tx("tx-9", "Acme Handels"), s.screen(Fixtures.tx("tx-9", "Acme Handels")));
        again.add(Fixtures.tx("tx-9", "Acme Handels"), s.screen(Fixtures.tx("tx-9", "Acme Handels")));
        again.close();
        assertThat(again.stored()).isEqualTo(1);
        assertThat(again.skipped()).isEqualTo(2);
        assertThat(log.count()).isEqualTo(5);
        assertThat(new ReviewService(db, Fixtures.CLOCK).list(ReviewService.Filter.all())).hasSize(3);
        assertThat(log.verify().ok()).isTrue();
    }

    @ParameterizedTest
    @MethodSource("io.interdict.store.testkit.TestDatabases#kinds")
    void verifyDetectsAnEditedRecord(String kind) throws Exception {
        Database db = TestDatabases.open(kind, tmp);
        AuditLog log = logWith(db, "Acme Trading", "Nobody Ltd", "Other");
        assertThat(log.verify().ok()).isTrue();
        assertThat(log.verify().checked()).isEqualTo(3);
        sql(db, "UPDATE decisions SET outcome = 'ALLOW', decision = REPLACE(decision, 'BLOCK', 'ALLOW') WHERE seq = 1");
        AuditLog.Verification v = log.verify();
        assertThat(v.ok()).isFalse();
        assertThat(v.problems()).anyMatch(p -> p.contains("record 1 (tx-0)") && p.contains("edited"));
    }

    @ParameterizedTest
    @MethodSource("io.interdict.store.testkit.TestDatabases#kinds")
    void verifyDetectsDeletedRecordsInTheMiddleAndAtTheEnd(String kind) throws Exception {
        Database db = TestDatabases.open(kind, tmp);
        AuditLog log = logWith(db, "a", "b", "c", "d");
        sql(db, "DELETE FROM decisions WHERE seq = 2");
        assertThat(log.verify().problems()).anyMatch(p -> p.contains("missing before 3"));

        Database db2 = TestDatabases.open(kind, tmp);
        AuditLog log2 = logWith(db2, "a", "b", "c", "d");
        sql(db2, "DELETE FROM decisions WHERE seq = 4");
        assertThat(log2.verify().problems()).anyMatch(p -> p.contains("deleted from the end"));
    }

    @ParameterizedTest
    @MethodSource("io.interdict.store.testkit.TestDatabases#kinds")
    void errorDecisionsAreStoredOnceByAKeyDerivedFromTheError(String kind) {
        Database db = TestDatabases.open(kind, tmp);
        AuditLog log = new AuditLog(db, Fixtures.CLOCK);
        for (int run = 0; run < 2; run++) {
            try (Recorder r = new Recorder(log, CTX, 10)) {
                r.addError(null, Decision.error(null, "sha256:x", "line 3: malformed JSON"));
                r.addError("tx-7", Decision.error("tx-7", "sha256:x", "line 4: field 'date' is required"));
            }
        }
        assertThat(log.count()).isEqualTo(2);
        assertThat(log.find("error:tx-7").orElseThrow().outcome()).isEqualTo(Outcome.ERROR.name());
        assertThat(log.verify().ok()).isTrue();
    }

    static void sql(Database db, String sql) throws Exception {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }

    static List<String> unused() {
        return List.of();
    }
}
