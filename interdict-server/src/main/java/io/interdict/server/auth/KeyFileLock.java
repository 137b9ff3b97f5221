package io.interdict.server.auth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Exclusive right to change the key file, across processes (a lock on {@code api-keys.json.lock})
 * and across threads of this one (file locks are held per process, so threads queue here first).
 */
final class KeyFileLock implements AutoCloseable {
    private static final ConcurrentHashMap<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

    private final ReentrantLock local;
    private final FileChannel channel;
    private final FileLock lock;

    private KeyFileLock(ReentrantLock local, FileChannel channel, FileLock lock) {
        this.local = local;
        this.channel = channel;
        this.lock = lock;
    }

    /** Waits until no other writer holds the key file. */
    static KeyFileLock acquire(Path keyFile) {
        Path lockFile = keyFile.toAbsolutePath().normalize().resolveSibling(keyFile.getFileName() + ".lock");
        ReentrantLock local = IN_PROCESS.computeIfAbsent(lockFile, f -> new ReentrantLock());
        local.lock();
        try {
            Files.createDirectories(lockFile.getParent());
            try {
                Files.createFile(lockFile, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (FileAlreadyExistsException e) {
                // Another writer made it: fine.
            } catch (UnsupportedOperationException e) {
                Files.newOutputStream(lockFile, StandardOpenOption.CREATE, StandardOpenOption.APPEND).close();
            }
            FileChannel ch = FileChannel.open(lockFile, StandardOpenOption.WRITE);
            return new KeyFileLock(local, ch, ch.lock());
        } catch (IOException e) {
            local.unlock();
            throw new UncheckedIOException("cannot lock " + lockFile + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            local.unlock();
            throw e;
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            // Closing the channel releases the lock in any case.
        } finally {
            local.unlock();
        }
    }
}
