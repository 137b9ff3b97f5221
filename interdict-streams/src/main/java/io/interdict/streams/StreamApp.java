package io.interdict.streams;

import io.interdict.core.screen.Screener;
import io.interdict.core.snapshot.Snapshot;
import io.interdict.config.Config;
import io.interdict.config.StreamsConfig;
import io.interdict.streams.ops.OpsEndpoint;
import io.interdict.streams.ops.StreamMetrics;
import io.interdict.streams.screen.CachingMatcher;
import io.interdict.streams.screen.ScreeningTopology;
import io.interdict.streams.snapshot.ActiveScreener;
import io.interdict.streams.snapshot.ArchiveCodec;
import io.interdict.streams.snapshot.SnapshotCodec;
import io.interdict.streams.snapshot.SnapshotFollower;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One instance of the screening application ({@code interdict stream}): creates missing topics, takes
 * the current snapshot from the snapshot topic (or, when none was ever published, the local one),
 * starts Kafka Streams, keeps following the snapshot topic, and serves metrics and health. Run as many
 * instances as the input has partitions to share; {@link #close()} shuts down gracefully (the last
 * transaction is committed, the group is left at once).
 */
public final class StreamApp implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(StreamApp.class);
    /** Formats this version reads on the snapshot topic, and the one it publishes. */
    public static final List<SnapshotCodec> CODECS = List.of(new ArchiveCodec());

    private final KafkaStreams streams;
    private final SnapshotFollower follower;
    private final ActiveScreener active;
    private final StreamMetrics metrics;
    private final OpsEndpoint ops;

    private StreamApp(KafkaStreams streams, SnapshotFollower follower, ActiveScreener active, StreamMetrics metrics, OpsEndpoint ops) {
        this.streams = streams;
        this.follower = follower;
        this.active = active;
        this.metrics = metrics;
        this.ops = ops;
    }

    /**
     * Starts an instance. {@code build} makes the screener of a snapshot (the configured matcher and
     * policy); {@code local} is the snapshot used until one is published on the topic.
     */
    public static StreamApp start(String bootstrap, Config config, Function<Snapshot, Screener> build, Supplier<Snapshot> local,
                                  Clock clock) {
        return start(bootstrap, config.streams(), config, build, local, clock);
    }

    /** As above, with streams settings {@code c} in place of the configuration's (flags override them). */
    public static StreamApp start(String bootstrap, StreamsConfig c, Config config, Function<Snapshot, Screener> plain,
                                  Supplier<Snapshot> local, Clock clock) {
        Function<Snapshot, Screener> build = snapshot -> cached(plain.apply(snapshot), c.matchCacheEntries());
        TopicSetup.ensure(ClientProps.client(bootstrap, c, "admin."), c);
        SnapshotFollower follower = new SnapshotFollower(ClientProps.client(bootstrap, c, "consumer."), c.topics().snapshots(),
                CODECS, build, clock);
        Optional<ActiveScreener.Loaded> published = follower.catchUp(Duration.ofMinutes(2));
        ActiveScreener active = new ActiveScreener(published.orElseGet(() -> {
            LOG.info("no snapshot published on {} yet: screening with the local snapshot", c.topics().snapshots());
            return new ActiveScreener.Loaded(build.apply(local.get()), "local", clock.instant());
        }));
        StreamMetrics metrics = new StreamMetrics();
        ScreeningTopology.Settings settings = new ScreeningTopology.Settings(config.input().maxLineChars(),
                config.store().rescreenMaxDelta(), true, Duration.ofSeconds(1));
        KafkaStreams streams = new KafkaStreams(ScreeningTopology.build(c.topics(), active, metrics, settings),
                ClientProps.streams(bootstrap, c));
        // A failed stream thread is replaced; its tasks restart from the last commit, so nothing is lost.
        streams.setUncaughtExceptionHandler(e -> {
            LOG.error("stream thread failed, replacing it: {}", e.toString(), e);
            return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.REPLACE_THREAD;
        });
        metrics.bind(() -> streams.state().name(), active, streams::metrics, clock);
        OpsEndpoint ops = null;
        if (c.metricsPort() >= 0) {
            try {
                ops = new OpsEndpoint(c.metricsHost(), c.metricsPort(), metrics,
                        () -> streams.state().isRunningOrRebalancing() || streams.state() == KafkaStreams.State.CREATED,
                        () -> streams.state() == KafkaStreams.State.RUNNING);
            } catch (IOException e) {
                follower.close();
                throw new UncheckedIOException("cannot serve metrics on " + c.metricsHost() + ":" + c.metricsPort() + ": " + e.getMessage(), e);
            }
        }
        streams.start();
        follower.follow(loaded -> {
            active.set(loaded);
            metrics.snapshotSwitched();
            LOG.info("switched to snapshot {}", loaded.snapshotId());
        });
        return new StreamApp(streams, follower, active, metrics, ops);
    }

    /** The screener with its matcher behind the match cache (one per snapshot). */
    static Screener cached(Screener s, long entries) {
        return entries <= 0 ? s : new Screener(s.snapshot(), CachingMatcher.of(s.matcher(), entries), s.policy());
    }

    public KafkaStreams.State state() {
        return streams.state();
    }

    public ActiveScreener active() {
        return active;
    }

    public StreamMetrics metrics() {
        return metrics;
    }

    /** The metrics endpoint's port, or -1 when disabled. */
    public int metricsPort() {
        return ops == null ? -1 : ops.port();
    }

    /** Graceful shutdown: finishes the records in hand, commits, leaves the consumer group. */
    @Override
    public void close() {
        streams.close(new KafkaStreams.CloseOptions().timeout(Duration.ofSeconds(60))
                .leaveGroup(true));
        follower.close();
        if (ops != null) {
            ops.close();
        }
    }
}
