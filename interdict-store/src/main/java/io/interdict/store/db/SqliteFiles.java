package io.interdict.store.db;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * The files of a SQLite store, private to their owner: the store holds screened transactions (names,
 * accounts, amounts), which no other local user should read. The folder is created 0700 and the
 * database 0600 before SQLite first opens it; SQLite gives its -wal and -shm files the database
 * file's permissions.
 */
final class SqliteFiles {
    static final Set<PosixFilePermission> PRIVATE_FILE = PosixFilePermissions.fromString("rw-------");
    static final Set<PosixFilePermission> PRIVATE_DIR = PosixFilePermissions.fromString("rwx------");

    private SqliteFiles() {
    }

    /** The database file of a {@code jdbc:sqlite:} URL, or null (PostgreSQL, in-memory). */
    static Path path(String url) {
        if (!url.startsWith("jdbc:sqlite:")) {
            return null;
        }
        String rest = url.substring("jdbc:sqlite:".length());
        int q = rest.indexOf('?');
        if (q >= 0) {
            rest = rest.substring(0, q);
        }
        if (rest.startsWith("file:")) {
            rest = rest.substring("file:".length());
        }
        if (rest.isEmpty() || rest.equals(":memory:") || rest.startsWith(":resource:")) {
            return null;
        }
        return Path.of(rest);
    }

    /** Creates the folder (and missing parents) owner-only; an existing folder is left as it is. */
    static void createPrivateDirectories(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            return;
        }
        Path parent = dir.toAbsolutePath().getParent();
        if (parent != null) {
            createPrivateDirectories(parent);
        }
        try {
            Files.createDirectory(dir, attributes(PRIVATE_DIR));
        } catch (FileAlreadyExistsException e) {
            // Created meanwhile by another process: fine.
        }
    }

    /** Creates an empty owner-only file unless it exists. */
    static void createPrivate(Path file) throws IOException {
        try {
            Files.createFile(file, attributes(PRIVATE_FILE));
        } catch (FileAlreadyExistsException e) {
            // Already there: its permissions are the owner's choice.
        }
    }

    private static FileAttribute<?>[] attributes(Set<PosixFilePermission> perms) {
        boolean posix = java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        // Not POSIX (Windows): the folder's ACL applies.
        return posix ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(perms)} : new FileAttribute<?>[0];
    }
}
