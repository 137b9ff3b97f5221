package io.interdict.streams.snapshot;

import io.interdict.core.screen.Screener;
import io.interdict.core.snapshot.Snapshot;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows the snapshot topic from its beginning with its own consumer (every instance reads every
 * record, unlike the partitioned input), and hands each newly completed, verified snapshot, decoded
 * and with its matcher built, to a listener. Reads committed records only, so a publication is seen
 * whole or not at all; building happens on this thread while the stream keeps screening with the
 * snapshot it has.
 */
public final class SnapshotFollower implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SnapshotFollower.class);

    private final KafkaConsumer<String, byte[]> consumer;
    private final TopicPartition partition;
    private final Map<String, SnapshotCodec> codecs = new HashMap<>();
    private final Function<Snapshot, Screener> build;
    private final Clock clock;
    private final SnapshotAssembler assembler = new SnapshotAssembler();
    private String lastProblem;
    private volatile boolean closed;
    private Thread thread;

    /** {@code props}: consumer properties (bootstrap and security); {@code build}: the screener of a snapshot. */
    public SnapshotFollower(Map<String, Object> props, String topic, List<SnapshotCodec> codecs, Function<Snapshot, Screener> build,
                            Clock clock) {
        Map<String, Object> p = new HashMap<>(props);
        p.put("isolation.level", "read_committed");
        p.put("enable.auto.commit", "false");
        p.putIfAbsent("max.partition.fetch.bytes", 8 * 1024 * 1024);
        p.remove("group.id");
        this.consumer = new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer());
        this.partition = new TopicPartition(topic, 0);
        codecs.forEach(c -> this.codecs.put(c.format(), c));
        this.build = build;
        this.clock = clock;
        consumer.assign(List.of(partition));
        consumer.seekToBeginning(List.of(partition));
    }

    /**
     * Reads the topic up to its current end and returns the snapshot it names as current, loaded; empty
     * when nothing (whole) has been published yet.
     */
    public Optional<ActiveScreener.Loaded> catchUp(Duration timeout) {
        long end = consumer.endOffsets(List.of(partition), timeout).get(partition);
        long deadline = System.nanoTime() + timeout.toNanos();
        while (consumer.position(partition, timeout) < end) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("timed out reading the snapshot topic " + partition.topic());
            }
            poll(Duration.ofMillis(200));
        }
        return load();
    }

    /** Keeps following on a daemon thread; each new snapshot goes to {@code onLoad}. */
    public void follow(Consumer<ActiveScreener.Loaded> onLoad) {
        thread = new Thread(() -> {
            try {
                while (!closed) {
                    poll(Duration.ofMillis(500));
                    load().ifPresent(onLoad);
                }
            } catch (WakeupException e) {
                if (!closed) {
                    throw e;
                }
            } catch (RuntimeException e) {
                LOG.error("snapshot follower stopped: {}", e.toString(), e);
            } finally {
                consumer.close(Duration.ofSeconds(5));
            }
        }, "interdict-snapshot-follower");
        thread.setDaemon(true);
        thread.start();
    }

    private void poll(Duration d) {
        for (ConsumerRecord<String, byte[]> r : consumer.poll(d)) {
            assembler.accept(r.key(), r.value());
        }
    }

    private Optional<ActiveScreener.Loaded> load() {
        Optional<SnapshotAssembler.Complete> c = assembler.next();
        if (c.isEmpty()) {
            report(assembler.problem());
            return Optional.empty();
        }
        SnapshotRecords.Manifest m = c.get().manifest();
        SnapshotCodec codec = codecs.get(m.format());
        if (codec == null) {
            report("snapshot " + m.snapshot() + " is in format " + m.format() + ", which this version cannot read (it reads "
                    + codecs.keySet() + "); keeping the snapshot it has");
            return Optional.empty();
        }
        long start = System.nanoTime();
        Snapshot s;
        Screener screener;
        try {
            s = codec.decode(c.get().content());
            if (!s.hash().equals(m.snapshot())) {
                report("snapshot " + m.snapshot() + " decodes as " + s.hash() + "; refusing it");
                return Optional.empty();
            }
            screener = build.apply(s);
        } catch (RuntimeException e) {
            // Whole and checksummed, yet unusable (a publisher bug): keep the snapshot in use, keep following.
            report("snapshot " + m.snapshot() + " cannot be loaded (" + e + "); keeping the snapshot in use");
            return Optional.empty();
        }
        LOG.info("snapshot {} loaded from the topic ({} bytes in {} chunks, {} ms)", s.hash(), m.bytes(), m.chunks(),
                (System.nanoTime() - start) / 1_000_000);
        return Optional.of(new ActiveScreener.Loaded(screener, "topic", clock.instant()));
    }

    private void report(String problem) {
        if (problem != null && !problem.equals(lastProblem)) {
            LOG.warn(problem);
        }
        lastProblem = problem;
    }

    @Override
    public void close() {
        closed = true;
        if (thread != null) {
            consumer.wakeup();
            try {
                thread.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        } else {
            consumer.close(Duration.ofSeconds(5));
        }
    }
}
