package io.interdict.store.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.interdict.store.audit.AuditLog;
import io.interdict.store.testkit.Fixtures;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Item 15 of issue 14: a new SQLite store is readable by its owner only. */
class StoreFilesTest {
    @TempDir
    Path tmp;

    @BeforeEach
    void posix() {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX permissions only");
    }

    @Test
    void aNewStoreIsCreatedOwnerOnlyWithItsWalAndSharedMemoryFiles() throws Exception {
        Path dir = tmp.resolve("home/.interdict");
        Database db = Database.sqlite(dir);
        new AuditLog(db, Fixtures.CLOCK).count();
        try (var c = db.connect()) {
            // An open connection in WAL mode keeps -wal and -shm on disk.
            c.createStatement().execute("INSERT INTO counters (name, value) VALUES ('probe', 0)");
            assertThat(perms(dir)).isEqualTo("rwx------");
            assertThat(perms(dir.resolve("interdict.db"))).isEqualTo("rw-------");
            assertThat(perms(dir.resolve("interdict.db-wal"))).isEqualTo("rw-------");
            assertThat(perms(dir.resolve("interdict.db-shm"))).isEqualTo("rw-------");
            assertThat(perms(dir.resolve("interdict.db.lock"))).isEqualTo("rw-------");
        }
    }

    @Test
    void anExistingFolderKeepsItsPermissionsButTheDatabaseIsPrivate() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("shared"));
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        Database.sqlite(dir);
        assertThat(perms(dir)).isEqualTo("rwxr-xr-x");
        assertThat(perms(dir.resolve("interdict.db"))).isEqualTo("rw-------");
    }

    private static String perms(Path p) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }
}
