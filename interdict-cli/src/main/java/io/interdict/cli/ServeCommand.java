package io.interdict.cli;

import io.interdict.lists.config.Config;
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

    @Mixin
    EngineOptions engine;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        Config config = engine.config();
        ServerSettings s = ServerSettings.from(config.server());
        if (host != null) {
            s = s.withHost(host);
        }
        if (port != null) {
            s = s.withPort(port);
        }
        s = s.withDataDir(Homes.keysDir(dataDir, config, spec.commandLine().getErr()));
        if (openLoopback) {
            s = s.withOpenOnLoopback(true);
        }
        PrintWriter err = spec.commandLine().getErr();
        InterdictServer server;
        try {
            server = new InterdictServer(s, new FileApiKeys(s.dataDir()), Clock.systemUTC());
        } catch (IllegalArgumentException e) {
            err.println("interdict serve: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        server.start();
        // Bind first, load second: orchestrators see a live process at once and wait on /readyz.
        server.loadAsync(() -> {
            Engine loaded = Engine.of(engine.screener(), Clock.systemUTC().instant());
            engine.warmUpNames();   // after readiness: it would compete with loading for the cores
            return loaded;
        });
        err.printf("interdict serve: listening on %s://%s:%d%s (API docs at /docs)%n", s.tls() ? "https" : "http", s.host(),
                server.port(), s.openOnLoopback() ? ", open on loopback (no API keys)" : "");
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
