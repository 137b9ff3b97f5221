package io.interdict.cli;

import io.interdict.core.snapshot.Snapshot;
import io.interdict.config.StreamsConfig;
import io.interdict.streams.ClientProps;
import io.interdict.streams.StreamApp;
import io.interdict.streams.TopicSetup;
import io.interdict.streams.snapshot.SnapshotPublisher;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code interdict lists publish}: rolls the active snapshot (built-in regime and the bundled or stored
 * lists) out to every {@code interdict stream} instance through the compacted snapshot topic, with the
 * list delta that rescreens monitored parties. Publishing the snapshot that is already current writes nothing.
 */
@Command(name = "publish", mixinStandardHelpOptions = true,
        description = {"Publishes the active snapshot (regime and lists) to the Kafka snapshot topic for `interdict stream`,",
                "in checksummed chunks, with the list delta since the previous one; see docs/streams.md."})
final class ListsPublishCommand implements Callable<Integer> {
    @Option(names = "--bootstrap", required = true, paramLabel = "HOST:PORT", description = "Kafka bootstrap servers (comma-separated).")
    String bootstrap;

    @Mixin
    EngineOptions engine;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        StreamsConfig c = engine.config().streams();
        Snapshot snapshot = engine.snapshot();
        TopicSetup.ensure(ClientProps.client(bootstrap, c, "admin."), c);
        SnapshotPublisher.Result r = new SnapshotPublisher(ClientProps.client(bootstrap, c, "producer."), c.topics().snapshots(),
                c.topics().listDeltas(), c.chunkBytes(), Clock.systemUTC())
                .publish(snapshot, StreamApp.CODECS.get(0), StreamApp.CODECS);
        PrintWriter out = spec.commandLine().getOut();
        if (r.unchanged()) {
            out.printf("snapshot %s is already current on %s; nothing published%n", r.snapshot(), c.topics().snapshots());
        } else {
            out.printf("published snapshot %s to %s: %d bytes in %d chunks (previous: %s); list delta: %s%n", r.snapshot(),
                    c.topics().snapshots(), r.bytes(), r.chunks(), r.previous() == null ? "none" : r.previous(), r.delta());
        }
        return ExitCodes.OK;
    }
}
