package io.interdict.cli;

import io.interdict.core.screen.Screener;
import io.interdict.lists.config.Config;
import io.interdict.store.audit.AuditLog;
import io.interdict.store.db.Database;
import io.interdict.store.suppress.SuppressingScreener;
import io.interdict.store.suppress.SuppressionService;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import picocli.CommandLine.Option;

/** Options of every command that uses the store: where it is, and who is acting. */
final class StoreOptions {
    @Option(names = "--data-dir", paramLabel = "DIR", description = "Directory of the SQLite store (default: store.data_dir, ~/.interdict).")
    Path dataDir;

    @Option(names = "--db-url", paramLabel = "JDBC_URL", description = "Use this database instead (jdbc:postgresql:... or jdbc:sqlite:...).")
    String dbUrl;

    @Option(names = "--as", paramLabel = "USER", description = "Who is acting, recorded with every change (default: the login name).")
    String actor;

    private Database db;

    boolean given() {
        return dataDir != null || dbUrl != null;
    }

    /**
     * The store if it exists; never creates one. Every command that only reads or reviews what is stored
     * uses this, so a mistyped --data-dir is an error naming the path rather than an empty store.
     */
    Database existing(Config config) {
        if (db == null) {
            String url = dbUrl != null ? dbUrl : config.store().dbUrl();
            if (url != null && !url.isBlank()) {
                db = Database.existing(url);
            } else {
                db = Database.sqliteExisting(dataDir != null ? dataDir : expand(config.store().dataDir()));
            }
        }
        return db;
    }

    /** The store, created on first use: for commands that add to it (screen --record, suppress add, monitor add). */
    Database database(Config config) {
        if (db == null) {
            String url = dbUrl != null ? dbUrl : config.store().dbUrl();
            if (url != null && !url.isBlank()) {
                db = Database.open(url);
            } else {
                db = Database.sqlite(dataDir != null ? dataDir : expand(config.store().dataDir()));
            }
        }
        return db;
    }

    private static Path expand(String dir) {
        if (dir.equals("~") || dir.startsWith("~/")) {
            return Path.of(System.getProperty("user.home"), dir.length() > 1 ? dir.substring(2) : "");
        }
        return Path.of(dir);
    }

    String actor() {
        return actor != null && !actor.isBlank() ? actor : System.getProperty("user.name", "unknown");
    }

    Clock clock() {
        return Clock.systemUTC();
    }

    AuditLog.Context context(String channel, Screener screener) {
        return new AuditLog.Context(actor(), channel, engineVersion(), screener.matcher().algorithm());
    }

    /** The screener wrapped with today's active suppressions. */
    SuppressingScreener suppressing(Config config, Screener screener) {
        return new SuppressingScreener(screener, new SuppressionService(database(config), clock()).list(true),
                LocalDate.now(clock()));
    }

    static String engineVersion() {
        return "interdict " + io.interdict.core.Version.get();
    }
}
