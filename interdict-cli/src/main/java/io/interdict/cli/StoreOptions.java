package io.interdict.cli;

import io.interdict.core.screen.Screener;
import io.interdict.lists.config.Config;
import io.interdict.lists.config.Home;
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
    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Deprecated: the store is interdict.db in the home (see --home). Use the SQLite store in DIR instead.")
    Path dataDir;

    @picocli.CommandLine.Spec(picocli.CommandLine.Spec.Target.MIXEE)
    picocli.CommandLine.Model.CommandSpec spec;

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
                db = Database.sqliteExisting(storeDir(config));
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
                db = Database.sqlite(storeDir(config));
            }
        }
        return db;
    }

    /** The SQLite store's folder: the home, unless the deprecated --data-dir or store.data_dir says otherwise. */
    private Path storeDir(Config config) {
        java.io.PrintWriter err = spec == null ? new java.io.PrintWriter(System.err, true) : spec.commandLine().getErr();
        if (dataDir != null) {
            return dataDir;
        }
        String configured = config.store().dataDir();
        if (configured != null && !configured.isBlank()) {
            Homes.deprecated(err, "store.data_dir", "the store is " + Home.STORE_FILE + " in the home (set home, INTERDICT_HOME or --home)");
            return Home.expand(configured);
        }
        return Homes.resolve(config, err).store();
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
