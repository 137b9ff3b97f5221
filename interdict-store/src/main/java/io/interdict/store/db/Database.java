package io.interdict.store.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;

/**
 * One store database: SQLite (a file under the data directory, the default) or PostgreSQL (a JDBC
 * URL). Opening migrates the schema with Flyway, so a new file or an empty database is ready to use.
 * Connections are opened per unit of work: SQLite connections are cheap, and a team's PostgreSQL is
 * shared with other processes anyway.
 */
public final class Database {
    public enum Dialect { SQLITE, POSTGRES }

    /** File name of the SQLite database inside the data directory. */
    public static final String SQLITE_FILE = "interdict.db";

    /** Flyway's log creator for java.util.logging: its default console logger writes to stdout. */
    private static final String JUL_LOGGER = "org.flywaydb.core.internal.logging.javautil.JavaUtilLogCreator";

    /**
     * Flyway reports every migration check at INFO; a CLI opening the store each run should stay quiet
     * unless something is wrong. Held in a field: java.util.logging keeps loggers only weakly.
     */
    private static final java.util.logging.Logger FLYWAY_LOG = quiet();

    private static java.util.logging.Logger quiet() {
        java.util.logging.Logger l = java.util.logging.Logger.getLogger("org.flywaydb");
        l.setLevel(java.util.logging.Level.WARNING);
        return l;
    }

    private final String url;
    private final Dialect dialect;
    /**
     * The migration to the latest schema, run once: at once by {@link #open}, or by whoever first needs the database
     * when it was opened {@link #sqliteDeferred deferred} (a second caller waits for the first).
     */
    private final java.util.concurrent.FutureTask<Void> migration;

    private Database(String url) {
        this(url, null);
    }

    /** @param target the schema version {@link #migration} goes to (null: the latest) */
    private Database(String url, String target) {
        this.url = url;
        this.migration = new java.util.concurrent.FutureTask<>(() -> {
            migrate(target);
            return null;
        });
        if (url.startsWith("jdbc:sqlite:")) {
            dialect = Dialect.SQLITE;
        } else if (url.startsWith("jdbc:postgresql:")) {
            dialect = Dialect.POSTGRES;
        } else {
            throw new StoreException("unsupported database URL '" + redact(url) + "' (expected jdbc:sqlite: or jdbc:postgresql:)");
        }
    }

    /**
     * The SQLite file under {@code dataDir}, created (with the directory) on first use: the directory
     * owner-only (0700) when this creates it, the database file always 0600 (and so its -wal and -shm).
     */
    public static Database sqlite(Path dataDir) {
        return open(createSqliteFile(dataDir));
    }

    /**
     * {@link #sqlite}, its schema migrated only when first needed: the file is made here; the first connection, or
     * {@link #awaitMigrated}, migrates it (and fails, as {@link #sqlite} would, if that fails). For a server, which
     * need not wait for its store to answer: `serve` binds and loads its snapshot first, then migrates.
     */
    public static Database sqliteDeferred(Path dataDir) {
        return openDeferred(createSqliteFile(dataDir));
    }

    /** Creates the SQLite file under {@code dataDir} as {@link #sqlite} describes, if missing; its JDBC URL. */
    private static String createSqliteFile(Path dataDir) {
        Path file = dataDir.resolve(SQLITE_FILE).toAbsolutePath();
        try {
            SqliteFiles.createPrivateDirectories(dataDir);
            SqliteFiles.createPrivate(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the store " + file + ": " + e.getMessage(), e);
        }
        return "jdbc:sqlite:" + file;
    }

    /** {@link #open(String)}, its schema migrated only when first needed, as {@link #sqliteDeferred} is. */
    public static Database openDeferred(String url) {
        return new Database(url);
    }

    /**
     * Waits until the schema is migrated by whoever migrates it, never starting that itself: for background work that
     * must not take the cores before a deferred database is first needed. Returns at once for a database from
     * {@link #open}; also when the migration failed (the next use of the database throws that failure).
     */
    public void waitForMigration() throws InterruptedException {
        try {
            migration.get();
        } catch (java.util.concurrent.ExecutionException e) {
            // the next use reports it
        }
    }

    /**
     * Migrates the schema unless that is done (or being done: then waits for it). A failed migration is thrown, a
     * {@link StoreException} as {@link #open} throws, and again to every later caller.
     */
    public void awaitMigrated() {
        migration.run();   // no-op once run, or while another thread runs it
        try {
            migration.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while the store at " + redact(url) + " was migrated", e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error r) {
                throw r;
            }
            throw new StoreException("cannot migrate the store at " + redact(url) + ": " + e.getCause(), e.getCause());
        }
    }

    /**
     * The SQLite store under {@code dataDir} if there is one; never creates anything. For commands that
     * only read or change what is stored: a mistyped directory must be an error, not an empty store.
     */
    public static Database sqliteExisting(Path dataDir) {
        Path file = dataDir.resolve(SQLITE_FILE).toAbsolutePath();
        if (!java.nio.file.Files.isRegularFile(file)) {
            throw new StoreException("no Interdict store at " + file + (java.nio.file.Files.isDirectory(dataDir) ? ""
                    : " (the directory " + dataDir + " does not exist)")
                    + "; check --data-dir or store.data_dir (a store is created by `screen --record`)");
        }
        return existing("jdbc:sqlite:" + file);
    }

    /**
     * The store at {@code url} if it holds one; never creates it (a SQLite URL naming a missing file, or
     * a PostgreSQL database without Interdict's schema, is an error). An older schema is upgraded.
     */
    public static Database existing(String url) {
        Database db = new Database(url);
        Path file = SqliteFiles.path(url);
        if (file != null && !java.nio.file.Files.isRegularFile(file)) {
            throw new StoreException("no Interdict store at " + file + "; check --db-url or store.db_url");
        }
        String version;
        try {
            version = db.schemaVersion();
        } catch (RuntimeException e) {
            throw new StoreException("cannot read the store at " + redact(url) + ": " + e.getMessage(), e);
        }
        if (version == null) {
            throw new StoreException("no Interdict store at " + redact(url)
                    + " (no schema history); check --db-url or store.db_url");
        }
        db.awaitMigrated();
        return db;
    }

    /** Opens and migrates to the latest schema. */
    public static Database open(String url) {
        return open(url, null);
    }

    /** Opens and migrates up to {@code target} (a version such as "1"; null = latest). For migration tests. */
    public static Database open(String url, String target) {
        Database db = new Database(url, target);
        db.awaitMigrated();
        return db;
    }

    private void migrate(String target) {
        var conf = Flyway.configure(Database.class.getClassLoader())
                // Our connections, not Flyway's own: they carry the busy timeout, so a migration waits for
                // another process's write instead of failing with "database is locked".
                .dataSource(new ConnectionSource(this))
                .locations("classpath:db/migration")
                // Flyway's console logger writes to stdout, which carries decisions: use JUL (stderr).
                .loggers(JUL_LOGGER);
        if (target != null) {
            conf = conf.target(MigrationVersion.fromVersion(target));
        }
        try (MigrationLock lock = MigrationLock.forUrl(url)) {
            conf.load().migrate();
        } catch (RuntimeException e) {
            throw new StoreException("cannot migrate the store at " + redact(url) + ": " + e.getMessage(), e);
        }
    }

    public Dialect dialect() {
        return dialect;
    }

    public String url() {
        return url;
    }

    /** The URL without credentials, for messages. */
    public static String redact(String url) {
        return url.replaceAll("(?i)(password=)[^&]*", "$1***");
    }

    public Connection connect() throws SQLException {
        awaitMigrated();
        return connect(false);
    }

    /** A connection whether or not the schema is migrated yet: Flyway's own, for the migration ({@link ConnectionSource}). */
    Connection migrationConnection() throws SQLException {
        return connect(false);
    }

    /**
     * @param immediate SQLite only: transactions take the write lock when they begin (BEGIN IMMEDIATE).
     *                  A deferred transaction that reads and then writes fails at once with
     *                  SQLITE_BUSY_SNAPSHOT when another process committed in between; the busy timeout
     *                  cannot help it. Taking the lock first makes it wait its turn instead.
     */
    private Connection connect(boolean immediate) throws SQLException {
        Properties props = new Properties();
        if (dialect == Dialect.POSTGRES) {
            // Sends a batch of INSERTs as multi-row statements: several times faster for recorded batches.
            props.setProperty("reWriteBatchedInserts", "true");
        } else if (immediate) {
            props.setProperty("transaction_mode", "IMMEDIATE");
        }
        Connection c = DriverManager.getConnection(url, props);
        if (dialect == Dialect.SQLITE) {
            try (Statement s = c.createStatement()) {
                // WAL lets readers (alerts list, audit verify) run while a batch is recording; the busy
                // timeout makes a second writer wait for the lock instead of failing at once.
                s.execute("PRAGMA busy_timeout = 30000");
                s.execute("PRAGMA journal_mode = WAL");
                // NORMAL in WAL mode is durable against process death (kill -9); only an OS crash or
                // power loss can lose the last commits, never corrupt the file.
                s.execute("PRAGMA synchronous = NORMAL");
            }
        }
        return c;
    }

    /** Unit of work inside one transaction. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    /**
     * Runs {@code work} in one write transaction: committed if it returns, rolled back if it throws. On
     * SQLite it holds the write lock from its start, so concurrent writers queue instead of failing.
     */
    public <T> T tx(Work<T> work) {
        return inTransaction(true, work);
    }

    /**
     * Runs read-only {@code work} on one consistent snapshot: everything it reads is as of one moment,
     * however many statements it takes (WAL read transaction on SQLite, REPEATABLE READ on PostgreSQL).
     * Writers are not blocked.
     */
    public <T> T read(Work<T> work) {
        return inTransaction(false, work);
    }

    private <T> T inTransaction(boolean write, Work<T> work) {
        awaitMigrated();
        try (Connection c = connect(write)) {
            if (!write && dialect == Dialect.POSTGRES) {
                c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
                c.setReadOnly(true);
            }
            c.setAutoCommit(false);
            try {
                T t = work.run(c);
                c.commit();
                return t;
            } catch (SQLException | RuntimeException e) {
                try {
                    c.rollback();
                } catch (SQLException again) {
                    e.addSuppressed(again);    // the first failure is the one to report
                }
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("store error: " + e.getMessage(), e);
        }
    }

    /** Next value of a named counter; call inside a transaction (the update locks the row). */
    public static long next(Connection c, String counter) throws SQLException {
        try (PreparedStatement up = c.prepareStatement("UPDATE counters SET value = value + 1 WHERE name = ?")) {
            up.setString(1, counter);
            if (up.executeUpdate() != 1) {
                throw new SQLException("no counter " + counter);
            }
        }
        try (PreparedStatement q = c.prepareStatement("SELECT value FROM counters WHERE name = ?")) {
            q.setString(1, counter);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** The schema version Flyway has applied (for migration tests and `interdict audit status`). */
    public String schemaVersion() {
        var info = Flyway.configure(Database.class.getClassLoader()).dataSource(new ConnectionSource(this))
                .locations("classpath:db/migration").loggers(JUL_LOGGER).load().info().current();
        return info == null ? null : info.getVersion().getVersion();
    }
}
