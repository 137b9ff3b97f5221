package io.interdict.store.db;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.store.audit.AuditLog;
import io.interdict.store.audit.Recorder;
import io.interdict.store.review.ReviewService;
import io.interdict.store.testkit.Fixtures;
import io.interdict.store.testkit.TestDatabases;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MigrationTest {
    @TempDir
    Path tmp;

    @ParameterizedTest
    @MethodSource("io.interdict.store.testkit.TestDatabases#kinds")
    void migratesAnEmptyDatabaseToTheLatestSchema(String kind) {
        Database db = TestDatabases.open(kind, tmp);
        assertThat(db.schemaVersion()).isEqualTo("20");
        // Opening again is a no-op, not an error.
        assertThat(Database.open(db.url()).schemaVersion()).isEqualTo("20");
    }

    @ParameterizedTest
    @MethodSource("io.interdict.store.testkit.TestDatabases#kinds")
    void upgradesAVersion1StoreKeepingItsDecisionsAlertsAndChain(String kind) {
        String url = TestDatabases.url(kind, tmp);
        Database v1 = Database.open(url, "1");
        assertThat(v1.schemaVersion()).isEqualTo("1");
        var s = Fixtures.screener(Fixtures.small());
        try (Recorder r = new Recorder(new AuditLog(v1, Fixtures.CLOCK), new AuditLog.Context("a", "cli-batch", "e", "x"), 10)) {
            // ALLOW decisions only: today's code opens alerts with V2's origin column.
            r.add(Fixtures.tx("t1", "Nobody Ltd"), s.screen(Fixtures.tx("t1", "Nobody Ltd")));
            r.add(Fixtures.tx("t2", "Nobody"), s.screen(Fixtures.tx("t2", "Nobody")));
        }
        // An alert as version 1 wrote it.
        v1.tx(c -> c.createStatement().executeUpdate("INSERT INTO alerts (id, decision_seq, tx_key, outcome, state, "
                + "created_at, updated_at) VALUES (1, 1, 't1', 'BLOCK', 'OPEN', 'x', 'x')"));

        Database v2 = Database.open(url);
        assertThat(v2.schemaVersion()).isEqualTo("20");
        AuditLog log = new AuditLog(v2, Fixtures.CLOCK);
        assertThat(log.count()).isEqualTo(2);
        assertThat(log.verify().ok()).isTrue();
        var alerts = new ReviewService(v2, Fixtures.CLOCK).list(ReviewService.Filter.all());
        assertThat(alerts).singleElement().satisfies(a -> {
            assertThat(a.txKey()).isEqualTo("t1");
            assertThat(a.origin()).isEqualTo("screen");    // V2's new column, defaulted for old rows
        });
    }

    @Test
    void createsTheSqliteFileAndItsDirectoryOnFirstUse() {
        Path dir = tmp.resolve("nested/data");
        Database db = Database.sqlite(dir);
        assertThat(dir.resolve(Database.SQLITE_FILE)).exists();
        assertThat(db.dialect()).isEqualTo(Database.Dialect.SQLITE);
    }
}
