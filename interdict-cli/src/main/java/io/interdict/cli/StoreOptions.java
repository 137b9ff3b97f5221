package io.interdict.cli;

import io.interdict.core.screen.Screener;
import io.interdict.config.Config;
import io.interdict.config.Home;
import io.interdict.server.auth.ApiKey;
import io.interdict.server.auth.FileApiKeys;
import io.interdict.server.auth.Role;
import io.interdict.store.audit.AuditLog;
import io.interdict.store.db.Database;
import io.interdict.store.review.Identity;
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

    /** Refused: an actor must be established, not declared (see {@link #identity()}). */
    @Option(names = "--as", paramLabel = "USER", hidden = true,
            description = "No longer accepted: who acts comes from --key or INTERDICT_API_KEY, else the OS login (docs/store.md).")
    String actor;

    @Option(names = "--key", paramLabel = "SECRET", description = {"Act as the holder of this API key (review role for alerts); "
            + "prefer the INTERDICT_API_KEY environment variable, which other users cannot see in the process list.",
            "Without a key you act as your operating-system login."})
    String key;

    /** The environment variable holding the acting key. */
    static final String KEY_ENV = "INTERDICT_API_KEY";

    private Database db;
    private Config config;

    boolean given() {
        return dataDir != null || dbUrl != null;
    }

    /**
     * The store if it exists; never creates one. Every command that only reads or reviews what is stored
     * uses this, so a mistyped --data-dir is an error naming the path rather than an empty store.
     */
    Database existing(Config config) {
        this.config = config;
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
        return database(config, false);
    }

    /**
     * {@link #database(Config)}, its schema migrated when first needed ({@link Database#sqliteDeferred}): for `serve`,
     * which binds and loads its snapshot first and then migrates it ({@link Database#awaitMigrated}).
     */
    Database databaseDeferred(Config config) {
        return database(config, true);
    }

    private Database database(Config config, boolean deferred) {
        this.config = config;
        if (db == null) {
            String url = dbUrl != null ? dbUrl : config.store().dbUrl();
            if (url != null && !url.isBlank()) {
                db = deferred ? Database.openDeferred(url) : Database.open(url);
            } else {
                db = deferred ? Database.sqliteDeferred(storeDir(config)) : Database.sqlite(storeDir(config));
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

    /** Who is acting, as recorded: see {@link #identity()}. */
    String actor() {
        return identity().recorded();
    }

    /**
     * Who is acting: the holder of the API key given with --key or INTERDICT_API_KEY (checked against
     * the key file in --data-dir, else server.data_dir), or else the operating-system account running
     * the command. Never a name the caller merely declares: four-eyes depends on it.
     */
    Identity identity() {
        if (actor != null) {
            throw new IllegalArgumentException("--as is no longer accepted: who acts is established by an API key (--key or "
                    + KEY_ENV + ") or else your operating-system login; see docs/store.md");
        }
        String secret = key != null ? key : System.getenv(KEY_ENV);
        if (secret == null || secret.isBlank()) {
            return Identity.osUser();
        }
        java.io.PrintWriter err = spec == null ? new java.io.PrintWriter(System.err, true) : spec.commandLine().getErr();
        Path keysDir = dataDir != null ? dataDir : Homes.keysDir(null, config != null ? config : Config.defaults(), err);
        ApiKey k = new FileApiKeys(keysDir).verify(secret.trim()).orElseThrow(() -> new IllegalArgumentException(
                "the API key given (" + (key != null ? "--key" : KEY_ENV) + ") is unknown or revoked in "
                        + keysDir.resolve(FileApiKeys.FILE_NAME)));
        current = k;
        return Identity.ofApiKey(k.id(), k.name());
    }

    private ApiKey current;

    /** {@link #identity()} for reviewing alerts: a key, if one is used, must hold the review role. */
    Identity reviewer() {
        Identity id = identity();
        if (current != null && !current.grants(Role.REVIEW)) {
            throw new IllegalArgumentException("the API key " + current.id() + " (" + current.role().wire()
                    + ") may not review alerts; it needs the review or admin role");
        }
        return id;
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
