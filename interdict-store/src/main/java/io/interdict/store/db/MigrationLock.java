package io.interdict.store.db;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Serialises schema migrations of one SQLite file across processes. Flyway checks the schema and then
 * creates its tables; two processes opening a new store at once would both find it empty and the
 * second would fail on "table already exists". PostgreSQL needs nothing: Flyway takes an advisory lock.
 *
 * <p>A lock file next to the database ({@code interdict.db.lock}), never the database file itself:
 * SQLite's own POSIX locks on it would be released when this process closed another descriptor.
 */
final class MigrationLock implements AutoCloseable {
    /** File locks are per process: threads of this process queue on this lock first. */
    private static final ConcurrentHashMap<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

    private final ReentrantLock local;
    private final FileChannel channel;
    private final FileLock lock;

    private MigrationLock(ReentrantLock local, FileChannel channel, FileLock lock) {
        this.local = local;
        this.channel = channel;
        this.lock = lock;
    }

    /** Held until closed; a no-op for PostgreSQL and in-memory SQLite. */
    static MigrationLock forUrl(String url) {
        Path file = SqliteFiles.path(url);
        if (file == null) {
            return new MigrationLock(null, null, null);
        }
        Path lockFile = file.resolveSibling(file.getFileName() + ".lock").toAbsolutePath().normalize();
        ReentrantLock local = IN_PROCESS.computeIfAbsent(lockFile, f -> new ReentrantLock());
        local.lock();
        try {
            SqliteFiles.createPrivate(lockFile);
            FileChannel ch = FileChannel.open(lockFile, StandardOpenOption.WRITE);
            return new MigrationLock(local, ch, ch.lock());
        } catch (IOException | RuntimeException e) {
            local.unlock();
            throw new StoreException("cannot lock " + lockFile + " to migrate the store: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            if (lock != null) {
                lock.release();
            }
            if (channel != null) {
                channel.close();
            }
        } catch (IOException e) {
            // Closing the channel releases the lock in any case.
        } finally {
            if (local != null) {
                local.unlock();
            }
        }
    }
}
