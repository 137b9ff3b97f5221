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

    /** The web console at / (docs/console.md), recording to the configured store. */
    private io.interdict.console.Console console(Config config, ServerSettings s, FileApiKeys keys) {
        StoreOptions so = new StoreOptions();
        so.dataDir = storeDir;
        so.dbUrl = dbUrl;
        var db = so.database(config);
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
        InterdictServer server;
        try {
            FileApiKeys keys = new FileApiKeys(s.dataDir());
            // The server refuses open mode off loopback; do not create a store for a server that will not start.
            boolean console = !noConsole && !(s.openOnLoopback() && !s.loopbackHost());
            server = new InterdictServer(s, keys, Clock.systemUTC(), console ? java.util.List.of(console(config, s, keys)) : java.util.List.of());
        } catch (IllegalArgumentException e) {
            err.println("interdict serve: " + e.getMessage());
            return ExitCodes.USAGE;
        } catch (io.interdict.store.db.StoreException e) {
            err.println("interdict serve: the console's store: " + e.getMessage());
            return ExitCodes.FAILURE;
        }
        server.start();
        // Bind first, load second: orchestrators see a live process at once and wait on /readyz.
        server.loadAsync(() -> {
            io.interdict.core.screen.Screener screener = engine.screener();
            engine.warnIfStale(screener.snapshot(), err, "serve");
            Engine loaded = Engine.of(screener, Clock.systemUTC().instant());
            engine.warmUpNames();   // after readiness: it would compete with loading for the cores
            return loaded;
        });
        err.printf("interdict serve: listening on %s://%s:%d%s (API docs at /docs%s)%n", s.tls() ? "https" : "http", s.host(),
                server.port(), s.openOnLoopback() ? ", open on loopback (no API keys)" : "", noConsole ? "" : ", console at /");
        err.flush();
        CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stop.countDown();
        }));
        stop.await();
        return ExitCodes.OK;
    }
}
