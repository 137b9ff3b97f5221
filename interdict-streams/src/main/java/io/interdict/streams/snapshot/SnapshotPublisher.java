package io.interdict.streams.snapshot;

import io.interdict.core.snapshot.Snapshot;
import io.interdict.store.monitor.SnapshotDelta;
import io.interdict.streams.monitor.DeltaEvent;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Publishes a snapshot ({@code interdict lists publish}): its content in chunks, a manifest with the
 * size and SHA-256, the {@code current} pointer, and the list delta from the previous snapshot as one
 * event per partition of the delta topic, all in one Kafka transaction. Instances therefore see the
 * whole rollout or none of it. Snapshots older than the previous one are deleted with tombstones.
 */
public final class SnapshotPublisher {
    /** What a publication did; {@code unchanged} = the snapshot was already current, nothing written. */
    public record Result(String snapshot, String previous, boolean unchanged, int chunks, long bytes, String delta) {
    }

    private final Map<String, Object> props;
    private final String snapshotTopic;
    private final String deltaTopic;
    private final int chunkBytes;
    private final Clock clock;

    public SnapshotPublisher(Map<String, Object> props, String snapshotTopic, String deltaTopic, int chunkBytes, Clock clock) {
        this.props = props;
        this.snapshotTopic = snapshotTopic;
        this.deltaTopic = deltaTopic;
        this.chunkBytes = chunkBytes;
        this.clock = clock;
    }

    public Result publish(Snapshot snapshot, SnapshotCodec codec, List<SnapshotCodec> readable) {
        SnapshotAssembler topic = readAll();
        String previous = topic.currentId().orElse(null);
        Optional<SnapshotAssembler.Complete> prev = topic.next();
        if (snapshot.hash().equals(previous) && prev.isPresent()) {
            return new Result(snapshot.hash(), previous, true, 0, 0, "none");
        }
        DeltaEvent delta = delta(snapshot, previous, prev, readable);
        byte[] content = codec.encode(snapshot);
        int chunks = Math.max(1, (content.length + chunkBytes - 1) / chunkBytes);
        SnapshotRecords.Manifest m = new SnapshotRecords.Manifest(snapshot.hash(), codec.format(), chunks, content.length,
                SnapshotRecords.sha256(content), previous, clock.instant().toString());
        Map<String, Object> p = new HashMap<>(props);
        // One id per snapshot topic: a second publisher fences the first rather than interleaving with it.
        p.put("transactional.id", "interdict-publisher-" + snapshotTopic);
        p.put("max.request.size", Math.max(chunkBytes * 2, 1_048_576));
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer())) {
            producer.initTransactions();
            producer.beginTransaction();
            for (int i = 0; i < chunks; i++) {
                byte[] part = Arrays.copyOfRange(content, i * chunkBytes, Math.min(content.length, (i + 1) * chunkBytes));
                producer.send(new ProducerRecord<>(snapshotTopic, 0, SnapshotRecords.chunkKey(snapshot.hash(), i), part));
            }
            producer.send(new ProducerRecord<>(snapshotTopic, 0, SnapshotRecords.manifestKey(snapshot.hash()), m.toBytes()));
            producer.send(new ProducerRecord<>(snapshotTopic, 0, SnapshotRecords.CURRENT, snapshot.hash().getBytes(StandardCharsets.UTF_8)));
            for (SnapshotRecords.Manifest old : topic.manifests().values()) {
                if (!old.snapshot().equals(snapshot.hash()) && !old.snapshot().equals(previous)) {
                    for (int i = 0; i < old.chunks(); i++) {
                        producer.send(new ProducerRecord<>(snapshotTopic, 0, SnapshotRecords.chunkKey(old.snapshot(), i), null));
                    }
                    producer.send(new ProducerRecord<>(snapshotTopic, 0, SnapshotRecords.manifestKey(old.snapshot()), null));
                }
            }
            byte[] event = delta.toBytes();
            for (PartitionInfo pi : producer.partitionsFor(deltaTopic)) {
                producer.send(new ProducerRecord<>(deltaTopic, pi.partition(), snapshot.hash(), event));
            }
            producer.commitTransaction();
        }
        String summary = delta.everyone() != null ? "rescreen everyone: " + delta.everyone()
                : delta.added().size() + " added, " + delta.changed().size() + " changed, " + delta.removed().size() + " removed"
                + (delta.measuresChanged().isEmpty() && !delta.relationsChanged() ? "" : ", measures or relations changed");
        return new Result(snapshot.hash(), previous, false, chunks, content.length, summary);
    }

    private static DeltaEvent delta(Snapshot snapshot, String previous, Optional<SnapshotAssembler.Complete> prev,
                                    List<SnapshotCodec> readable) {
        if (previous == null || prev.isEmpty()) {
            return DeltaEvent.everyone(previous, snapshot.hash(), previous == null ? "first snapshot published"
                    : "the previous snapshot " + previous + " is not whole on the topic");
        }
        String format = prev.get().manifest().format();
        Optional<SnapshotCodec> codec = readable.stream().filter(c -> c.format().equals(format)).findFirst();
        if (codec.isEmpty()) {
            return DeltaEvent.everyone(previous, snapshot.hash(), "the previous snapshot is in format " + format
                    + ", which this version cannot read");
        }
        Snapshot before = codec.get().decode(prev.get().content());
        return DeltaEvent.of(previous, snapshot.hash(), SnapshotDelta.between(before, snapshot));
    }

    /** Everything on the snapshot topic now (committed), assembled. */
    private SnapshotAssembler readAll() {
        Map<String, Object> p = new HashMap<>(props);
        p.put("isolation.level", "read_committed");
        p.put("enable.auto.commit", "false");
        p.put("max.partition.fetch.bytes", 8 * 1024 * 1024);
        SnapshotAssembler a = new SnapshotAssembler();
        TopicPartition tp = new TopicPartition(snapshotTopic, 0);
        try (KafkaConsumer<String, byte[]> c = new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer())) {
            c.assign(List.of(tp));
            c.seekToBeginning(List.of(tp));
            long end = c.endOffsets(List.of(tp), Duration.ofSeconds(60)).get(tp);
            while (c.position(tp, Duration.ofSeconds(60)) < end) {
                for (ConsumerRecord<String, byte[]> r : c.poll(Duration.ofMillis(500))) {
                    a.accept(r.key(), r.value());
                }
            }
        }
        return a;
    }
}
