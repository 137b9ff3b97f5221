package io.interdict.cli;

import io.interdict.lists.Embedded;
import io.interdict.config.Config;
import io.interdict.config.StreamsConfig;
import io.interdict.streams.StreamApp;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code interdict stream}: one instance of the Kafka Streams screening application (docs/streams.md). */
@Command(name = "stream", mixinStandardHelpOptions = true,
        description = {"Screens the transactions of a Kafka topic, exactly once, into decisions, alerts and a dead-letter topic;",
                "follows the snapshot topic (`interdict lists publish`) and rescreens monitored parties on list deltas.",
                "Settings come from the streams section of the configuration (docs/streams.md). Stop with SIGTERM (Ctrl-C):",
                "the instance finishes its records, commits and leaves the group."})
final class StreamCommand implements Callable<Integer> {
    @Option(names = "--bootstrap", required = true, paramLabel = "HOST:PORT",
            description = "Kafka bootstrap servers (comma-separated).")
    String bootstrap;

    @Option(names = "--metrics-port", paramLabel = "N",
            description = "Port of /metrics, /healthz and /readyz (default from config: 9464; 0 = any free port, -1 = none).")
    Integer metricsPort;

    @Mixin
    EngineOptions engine;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        // The server's logging defaults to warnings only; the instance's own lifecycle is worth reading.
        System.setProperty("org.slf4j.simpleLogger.log.io.interdict.streams", "info");
        Config c = engine.config();
        StreamsConfig s = metricsPort == null ? c.streams() : c.streams().withMetricsPort(metricsPort);
        PrintWriter err = spec.commandLine().getErr();
        StreamApp app = StreamApp.start(bootstrap, s, c, snapshot -> Embedded.screener(snapshot, c), engine::snapshot, Clock.systemUTC());
        err.printf("interdict stream: %s -> %s (snapshot %s from %s)%s%n", s.topics().transactions(), s.topics().decisions(),
                app.active().get().snapshotId(), app.active().get().origin(),
                app.metricsPort() >= 0 ? ", metrics on http://" + s.metricsHost() + ":" + app.metricsPort() + "/metrics" : "");
        err.flush();
        CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.close();
            stop.countDown();
        }));
        stop.await();
        return ExitCodes.OK;
    }
}
