package io.interdict.store.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A store opened deferred (as `serve` opens the console's) is migrated by its first use, once, and fails as open would. */
class DeferredMigrationTest {
    @TempDir
    Path tmp;

    @Test
    void theFileIsMadeAtOnceAndTheSchemaByTheFirstUse() throws Exception {
        Database db = Database.sqliteDeferred(tmp);
        assertThat(tmp.resolve(Database.SQLITE_FILE)).exists();
        assertThat(db.schemaVersion()).as("not migrated yet").isNull();
        int counters = db.read(c -> {
            try (var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM counters")) {
                rs.next();
                return rs.getInt(1);
            }
        });
        assertThat(counters).isPositive();
        assertThat(db.schemaVersion()).isEqualTo(Database.sqlite(tmp).schemaVersion());
        db.awaitMigrated();   // done: a no-op
    }

    @Test
    void waitingForTheMigrationNeverStartsIt() {
        Database db = Database.sqliteDeferred(tmp);
        Thread.currentThread().interrupt();
        assertThatThrownBy(db::waitForMigration).isInstanceOf(InterruptedException.class);
        assertThat(Thread.interrupted()).isFalse();
        assertThat(db.schemaVersion()).isNull();
    }

    @Test
    void waitingReturnsOnceSomeoneElseMigrated() throws Exception {
        Database db = Database.sqliteDeferred(tmp);
        Thread migrator = new Thread(db::awaitMigrated);
        migrator.start();
        db.waitForMigration();
        assertThat(db.schemaVersion()).isNotNull();
        migrator.join();
    }

    @Test
    void aStoreThatCannotBeMigratedFailsEveryUseWithTheReason() throws Exception {
        Files.writeString(tmp.resolve(Database.SQLITE_FILE), "not a database, ".repeat(512));
        Database db = Database.sqliteDeferred(tmp);
        assertThatThrownBy(db::awaitMigrated).isInstanceOf(StoreException.class).hasMessageContaining("cannot migrate the store");
        assertThatThrownBy(db::awaitMigrated).as("again, not retried silently").isInstanceOf(StoreException.class);
        assertThatThrownBy(() -> db.read(c -> 1)).isInstanceOf(StoreException.class).hasMessageContaining("cannot migrate");
        db.waitForMigration();   // returns: the next use reports the failure
    }
}
