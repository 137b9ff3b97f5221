package io.interdict.cli;

import io.interdict.config.Config;
import io.interdict.server.Engine;
import io.interdict.server.InterdictServer;
import io.interdict.server.ServerSettings;
import io.interdict.server.auth.FileApiKeys;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code interdict serve}: the HTTP API on the configured snapshot. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the HTTP API (docs/http-api.md): screening, name search, yente and reconciliation endpoints.",
                "Settings come from the server section of the configuration; flags override them."})
final class ServeCommand implements Callable<Integer> {
    @Option(names = "--host", paramLabel = "ADDR", description = "Address to bind (default from config: 127.0.0.1).")
    String host;

    @Option(names = "--port", paramLabel = "N", description = "TCP port (default from config: 8080; 0 = any free port).")
    Integer port;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "Deprecated: the API key file is in the home (see --home). Use DIR instead.")
    Path dataDir;

    @Option(names = "--open-loopback", description = "Serve without API keys; only allowed on a loopback address.")
    boolean openLoopback;

    @Option(names = "--store-dir", paramLabel = "DIR", description = "Directory of the SQLite store the console records to (default: the home's store, see --home).")
    Path storeDir;

    @Option(names = "--db-url", paramLabel = "JDBC_URL", description = "Store database for the console instead (jdbc:postgresql:... or jdbc:sqlite:...).")
    String dbUrl;

    @Option(names = "--no-console", description = "Serve the API only, without the web console at /.")
    boolean noConsole;

    @Mixin
    EngineOptions engine;

    @Spec
    CommandSpec spec;

    /** The configured store the console records to, its schema migrated when first needed. */
    private io.interdict.store.db.Database consoleStore(Config config) {
        StoreOptions so = new StoreOptions();
        so.dataDir = storeDir;
        so.dbUrl = dbUrl;
        return so.databaseDeferred(config);
    }

    /** The web console at / (docs/console.md), recording to {@code db}. */
    private static io.interdict.console.Console console(Config config, ServerSettings s, FileApiKeys keys, io.interdict.store.db.Database db) {
        return new io.interdict.console.Console(new io.interdict.console.Console.Settings(
                new io.interdict.store.Store(db, Clock.systemUTC()), keys, new io.interdict.store.users.UserAccounts(db, Clock.systemUTC()),
                snap -> io.interdict.lists.Embedded.screener(snap, config), config.store().retainSnapshots(),
                StoreOptions.engineVersion(), s.tls()));
    }

    @Override
    public Integer call() throws InterruptedException {
        Config config = engine.config();
        ServerSettings s = ServerSettings.from(config.server());
        if (host != null) {
            s = s.withHost(host);
        }
        if (port != null) {
            if (port < 0 || port > 65535) {
                spec.commandLine().getErr().println("interdict serve: --port: " + port + " is not a TCP port (0 to 65535; 0 picks a free one)");
                return ExitCodes.USAGE;
            }
            s = s.withPort(port);
        }
        s = s.withDataDir(Homes.keysDir(dataDir, config, spec.commandLine().getErr()));
        if (openLoopback) {
            s = s.withOpenOnLoopback(true);
        }
        PrintWriter err = spec.commandLine().getErr();
        // The snapshot (the longest part of a start) loads on its own thread from here on, while the server is built
        // and bound on this one; the console's store is migrated after both.
        Loading loading = Loading.start(() -> Engine.of(engine.screener(), Clock.systemUTC().instant()));
        InterdictServer server;
        io.interdict.store.db.Database store = null;
        try {
            FileApiKeys keys = new FileApiKeys(s.dataDir());
            // The server refuses open mode off loopback; do not create a store for a server that will not start.
            boolean console = !noConsole && !(s.openOnLoopback() && !s.loopbackHost());
            // Migrated once the server is bound and the snapshot loaded (or by the console's first request, if earlier).
            store = console ? consoleStore(config) : null;
            server = new InterdictServer(s, keys, Clock.systemUTC(), console ? java.util.List.of(console(config, s, keys, store)) : java.util.List.of());
        } catch (IllegalArgumentException e) {
            err.println("interdict serve: " + e.getMessage());
            return ExitCodes.USAGE;
        } catch (io.interdict.store.db.StoreException e) {
            err.println("interdict serve: the console's store: " + e.getMessage());
            return ExitCodes.FAILURE;
        }
        server.start();
        // Orchestrators see a live process as soon as it binds, and wait on /readyz for the snapshot.
        server.loadAsync(() -> {
            Engine loaded = loading.join();
            engine.warnIfStale(loaded.snapshot(), err, "serve");   // here, not on the loading thread: only a server that started warns
            engine.warmUpNames();   // its own thread, started once loaded: it would compete with loading for the cores
            return loaded;
        });
        err.printf("interdict serve: listening on %s://%s:%d%s (API docs at /docs%s)%n", s.tls() ? "https" : "http", s.host(),
                server.port(), s.openOnLoopback() ? ", open on loopback (no API keys)" : "", noConsole ? "" : ", console at /");
        err.flush();
        CountDownLatch stop = new CountDownLatch(1);
        Thread onShutdown = new Thread(() -> {
            server.close();
            stop.countDown();
        });
        Runtime.getRuntime().addShutdownHook(onShutdown);
        if (store != null) {
            try {
                loading.join();
            } catch (RuntimeException | Error e) {
                // the server reports it (/readyz, 503); the console's store is checked all the same
            }
            try {
                store.awaitMigrated();
            } catch (io.interdict.store.db.StoreException e) {
                err.println("interdict serve: the console's store: " + e.getMessage());
                try {
                    Runtime.getRuntime().removeShutdownHook(onShutdown);
                    server.close();
                } catch (IllegalStateException shuttingDown) {
                    // the hook is running: it stops the server
                }
                return ExitCodes.FAILURE;
            }
        }
        stop.await();
        return ExitCodes.OK;
    }

    /**
     * Loads the classes a start of `serve` loads before it is ready, for the launcher's class-data-sharing archive
     * ({@link ClassWarmUp}): the console's store is made and migrated in a temporary folder (Flyway, SQLite), a server
     * with the console is built on it, bound to a free loopback port, asked for /readyz once and stopped, and the folder
     * is removed. Nothing of the user's home is touched. Without it, every start of `serve` loads some 1,500 classes
     * of Jetty, Javalin, Flyway and SQLite from the jar, about half a second on two cores.
     */
    static void warmUpClasses(Config config) throws java.io.IOException {
        Path dir = java.nio.file.Files.createTempDirectory("interdict-cds-serve");
        try {
            io.interdict.store.db.Database db = io.interdict.store.db.Database.sqlite(dir);
            FileApiKeys keys = new FileApiKeys(dir);
            ServerSettings s = ServerSettings.defaults().withHost("127.0.0.1").withPort(0).withOpenOnLoopback(true).withDataDir(dir);
            try (InterdictServer server = new InterdictServer(s, keys, Clock.systemUTC(), java.util.List.of(console(config, s, keys, db))).start()) {
                java.net.http.HttpClient.newHttpClient().send(
                        java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + server.port() + "/readyz")).build(),
                        java.net.http.HttpResponse.BodyHandlers.discarding());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        } finally {
            try (java.util.stream.Stream<Path> files = java.nio.file.Files.walk(dir)) {
                for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    java.nio.file.Files.deleteIfExists(f);
                }
            }
        }
    }

    /** The engine loading on a daemon thread of its own; {@link #join} hands over its result or rethrows its failure. */
    static final class Loading {
        private final java.util.concurrent.FutureTask<Engine> task;

        private Loading(java.util.concurrent.FutureTask<Engine> task) {
            this.task = task;
        }

        static Loading start(java.util.concurrent.Callable<Engine> loader) {
            java.util.concurrent.FutureTask<Engine> task = new java.util.concurrent.FutureTask<>(loader);
            Thread t = new Thread(task, "interdict-snapshot-loader");
            t.setDaemon(true);
            t.start();
            return new Loading(task);
        }

        /** The loaded engine, once there; a failure to load is rethrown as it was thrown. */
        Engine join() {
            try {
                return task.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while the snapshot loaded", e);
            } catch (java.util.concurrent.ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof RuntimeException r) {
                    throw r;
                }
                if (cause instanceof Error r) {
                    throw r;
                }
                throw new IllegalStateException(cause);
            }
        }
    }
}
