package io.interdict.streams;

import io.interdict.config.StreamsConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * Creates the application's topics that do not exist yet: the data topics with {@code partitions}
 * partitions, the snapshot topic compacted with one partition. Existing topics are left as they are
 * (their partition count is the operator's decision; docs/streams.md).
 */
public final class TopicSetup {
    private TopicSetup() {
    }

    public static void ensure(Map<String, Object> adminProps, StreamsConfig c) {
        StreamsConfig.Topics t = c.topics();
        List<NewTopic> wanted = new ArrayList<>();
        for (String name : List.of(t.transactions(), t.decisions(), t.alerts(), t.deadLetter(), t.monitored(), t.listDeltas())) {
            wanted.add(new NewTopic(name, c.partitions(), c.replicationFactor()));
        }
        wanted.add(snapshotTopic(t.snapshots(), c.replicationFactor()));
        create(adminProps, wanted);
    }

    /** One partition (publication order), compacted (the newest value of each key is kept forever). */
    public static NewTopic snapshotTopic(String name, short replication) {
        return new NewTopic(name, 1, replication).configs(Map.of("cleanup.policy", "compact",
                // Chunks are up to streams.chunk_bytes; leave room for the record overhead.
                "max.message.bytes", Integer.toString(8 * 1024 * 1024)));
    }

    public static void create(Map<String, Object> adminProps, List<NewTopic> wanted) {
        try (Admin admin = Admin.create(adminProps)) {
            Set<String> existing = admin.listTopics().names().get(60, TimeUnit.SECONDS);
            List<NewTopic> missing = wanted.stream().filter(n -> !existing.contains(n.name())).distinct().toList();
            if (missing.isEmpty()) {
                return;
            }
            try {
                admin.createTopics(missing).all().get(60, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw new IllegalStateException("cannot create topics " + missing.stream().map(NewTopic::name).toList()
                            + ": " + e.getCause().getMessage(), e.getCause());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot list topics: " + e.getMessage(), e);
        }
    }
}
