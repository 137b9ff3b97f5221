package io.interdict.bench.streams;

import io.interdict.config.Config;
import io.interdict.config.StreamsConfig;
import io.interdict.streams.ClientProps;
import io.interdict.streams.TopicSetup;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.Topology;

/**
 * Stream figures on a real broker (scripts/bench-streams): in one run, on the same broker and with the
 * same exactly-once settings, (1) the rate of a plain copy topic to topic, (2) the rate of
 * {@code interdict stream} (a separate JVM, the real command) screening the same records, (3) the
 * end-to-end latency at half that rate, and optionally (4) a long run's time and the instance's peak
 * memory. Rates are steady state: measured between the group's first and last committed offsets, so
 * start-up and snapshot loading are not counted (they are reported separately).
 *
 * <p>Usage: {@code StreamsBench BOOTSTRAP TRANSACTIONS.jsonl CLI_JAR RECORDS [LATENCY_SECONDS]}.
 */
public final class StreamsBench {
    private final String bootstrap;
    private final List<byte[]> txs;
    private final Path cliJar;
    private final Path work;

    private StreamsBench(String bootstrap, List<byte[]> txs, Path cliJar, Path work) {
        this.bootstrap = bootstrap;
        this.txs = txs;
        this.cliJar = cliJar;
        this.work = work;
    }

    public static void main(String[] args) throws Exception {
        String bootstrap = args[0];
        List<byte[]> txs = Files.readAllLines(Path.of(args[1])).stream().map(l -> l.getBytes(StandardCharsets.UTF_8)).toList();
        Path jar = Path.of(args[2]);
        int records = Integer.parseInt(args[3]);
        int latencySeconds = args.length > 4 ? Integer.parseInt(args[4]) : 20;
        Path work = Files.createTempDirectory("interdict-bench-streams");
        new StreamsBench(bootstrap, txs, jar, work).run(records, latencySeconds);
    }

    private void run(int records, int latencySeconds) throws Exception {
        String run = "bench-" + Long.toString(System.currentTimeMillis(), 36);
        Path cfgFile = config(run, "screen", 100_000);
        StreamsConfig c = Config.load(cfgFile).streams();
        TopicSetup.ensure(Map.of("bootstrap.servers", bootstrap), c);
        TopicSetup.create(Map.of("bootstrap.servers", bootstrap), List.of(new NewTopic(run + ".copy", c.partitions(), c.replicationFactor())));
        say("run %s: %d records, %d partitions, %s, commit interval %d ms, %d stream threads", run, records, c.partitions(),
                c.processingGuarantee(), c.commitIntervalMs(), c.threads() == 0 ? Runtime.getRuntime().availableProcessors() : c.threads());

        long t0 = System.nanoTime();
        preload(c.topics().transactions(), records);
        say("preload: %d records in %.1f s", records, (System.nanoTime() - t0) / 1e9);

        double copy = copyRate(c, run, records);
        say("BENCH copy topic->topic (exactly_once_v2, same settings): %.0f records/s", copy);

        Process instance = startInstance(cfgFile, "screen");
        long started = System.nanoTime();
        Rate screen = steadyRate(c.applicationId(), c.topics().transactions(), records, instance);
        say("BENCH interdict stream screening: %.0f transactions/s steady (%.1f s for %d, start-up incl. snapshot load %.1f s)",
                screen.perSecond, screen.seconds, records, (screen.firstCommitNanos - started) / 1e9);
        say("BENCH screening / copy = %.2f", screen.perSecond / copy);
        say("BENCH screening instance: %s (on a machine to itself, 2 cores could give about twice that per second)",
                screen.perCpu());

        if (latencySeconds > 0) {
            latency(c, screen.perSecond / 2, latencySeconds, records);
        }
        say("BENCH instance peak memory (VmHWM): %s", peak(instance));
        instance.destroy();
        instance.waitFor(60, TimeUnit.SECONDS);

        // The same records again with the match cache off: the cost when every counterparty is new.
        Path plainCfg = config(run, "nocache", 0);
        StreamsConfig plain = Config.load(plainCfg).streams();
        Process second = startInstance(plainCfg, "nocache");
        Rate uncached = steadyRate(plain.applicationId(), plain.topics().transactions(), records, second);
        say("BENCH interdict stream screening without the match cache: %.0f transactions/s steady (%s)", uncached.perSecond,
                uncached.perCpu());
        second.destroy();
        second.waitFor(60, TimeUnit.SECONDS);
    }

    /** The instance's configuration: the run's topics, its own application id and match cache size. */
    private Path config(String run, String app, long cacheEntries) throws IOException {
        Path f = work.resolve(app + ".yaml");
        Files.writeString(f, """
                streams:
                  application_id: %1$s-%3$s
                  partitions: 6
                  metrics_port: -1
                  match_cache_entries: %4$d
                  topics: {transactions: %1$s.tx, decisions: %1$s.decisions-%3$s, alerts: %1$s.alerts, dead_letter: %1$s.dlq,
                           snapshots: %1$s.snapshots, monitored: %1$s.monitored, list_deltas: %1$s.deltas}
                  kafka: {state.dir: "%2$s"}
                """.formatted(run, work.resolve("state-" + app).toString(), app, cacheEntries));
        return f;
    }

    /** Records keyed by a unique id, values from the file in turn (the id field rewritten to the key). */
    private void preload(String topic, int records) {
        try (KafkaProducer<byte[], byte[]> p = producer()) {
            for (int i = 0; i < records; i++) {
                p.send(new ProducerRecord<>(topic, key(i), withId(txs.get(i % txs.size()), i)));
            }
            p.flush();
        }
    }

    private static byte[] key(int i) {
        return ("b-" + i).getBytes(StandardCharsets.UTF_8);
    }

    /** The line with its "id" value replaced by the record's key, so ids are unique across repeats of the file. */
    private static byte[] withId(byte[] line, int i) {
        String s = new String(line, StandardCharsets.UTF_8);
        int at = s.indexOf("\"id\":\"");
        if (at < 0) {
            return line;
        }
        int end = s.indexOf('"', at + 6);
        return (s.substring(0, at + 6) + "b-" + i + s.substring(end)).getBytes(StandardCharsets.UTF_8);
    }

    private KafkaProducer<byte[], byte[]> producer() {
        Map<String, Object> p = new HashMap<>();
        p.put("bootstrap.servers", bootstrap);
        p.put("acks", "all");
        p.put("linger.ms", 20);
        p.put("batch.size", 262_144);
        return new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer());
    }

    /** A Kafka Streams app with the same settings that copies the input unchanged to another topic. */
    private double copyRate(StreamsConfig c, String run, int records) throws Exception {
        Topology t = new Topology();
        t.addSource("in", new ByteArrayDeserializer(), new ByteArrayDeserializer(), c.topics().transactions());
        t.addSink("out", run + ".copy", new ByteArraySerializer(), new ByteArraySerializer(), "in");
        Properties p = ClientProps.streams(bootstrap, c);
        p.put("application.id", run + "-copy");
        p.put("state.dir", work.resolve("copy-state").toString());
        try (KafkaStreams s = new KafkaStreams(t, p)) {
            s.start();
            Rate r = steadyRate(run + "-copy", c.topics().transactions(), records, null);
            say("copy app: %s (the bench JVM, which only copies meanwhile)", r.perCpu());
            return r.perSecond;
        }
    }

    /** Steady rate, its window, and the CPU seconds the worker process used in that window (-1 unknown). */
    private record Rate(double perSecond, double seconds, long firstCommitNanos, long records, double cpuSeconds) {
        String perCpu() {
            return cpuSeconds <= 0 ? "unknown" : String.format("%.0f records per CPU-second", records / cpuSeconds);
        }
    }

    /** CPU seconds (user + system) a process has used so far, from /proc; -1 when unknown. */
    private static double cpuSeconds(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // Fields 14 and 15 (utime, stime) of proc(5), counted from after the command name.
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / 100.0;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /**
     * The group's committed offsets sampled every 100 ms: the rate between the first sample with
     * progress and the one where all {@code records} are committed.
     */
    private Rate steadyRate(String group, String topic, int records, Process watched) throws Exception {
        long pid = watched != null ? watched.pid() : ProcessHandle.current().pid();
        try (Admin a = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            long firstAt = -1;
            long firstCount = 0;
            double firstCpu = -1;
            while (true) {
                long n = committed(a, group, topic);
                long now = System.nanoTime();
                if (firstAt < 0 && n > 0) {
                    firstAt = now;
                    firstCount = n;
                    firstCpu = cpuSeconds(pid);
                }
                if (n >= records) {
                    double secs = (now - firstAt) / 1e9;
                    double cpu = firstCpu < 0 ? -1 : cpuSeconds(pid) - firstCpu;
                    return new Rate((n - firstCount) / Math.max(secs, 1e-3), secs, firstAt, n - firstCount, cpu);
                }
                if (watched != null && !watched.isAlive()) {
                    throw new IllegalStateException("the instance exited (see " + work + ")");
                }
                Thread.sleep(100);
            }
        }
    }

    private static long committed(Admin a, String group, String topic) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> m = a.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
        return m.entrySet().stream().filter(e -> e.getKey().topic().equals(topic) && e.getValue() != null)
                .mapToLong(e -> e.getValue().offset()).sum();
    }

    private Process startInstance(Path cfg, String name) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xms512m", "-Xmx1g", "-jar", cliJar.toString(), "stream", "--bootstrap", bootstrap, "--config", cfg.toString()));
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(work.resolve(name + ".log").toFile()).start();
    }

    /** Sends at {@code rate}/s for {@code seconds} into the running instance's input; read_committed decisions give the latency. */
    private void latency(StreamsConfig c, double rate, int seconds, int offset) throws Exception {
        Map<String, Object> cp = new HashMap<>();
        cp.put("bootstrap.servers", bootstrap);
        cp.put("isolation.level", IsolationLevel.READ_COMMITTED.toString().toLowerCase());
        cp.put("enable.auto.commit", "false");
        List<Long> latencies = new ArrayList<>();
        int total = (int) (rate * seconds);
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(cp, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> parts = consumer.partitionsFor(c.topics().decisions()).stream()
                    .map(i -> new TopicPartition(i.topic(), i.partition())).toList();
            consumer.assign(parts);
            consumer.seekToEnd(parts);
            parts.forEach(consumer::position);
            Thread sender = new Thread(() -> {
                try (KafkaProducer<byte[], byte[]> p = producer()) {
                    long start = System.nanoTime();
                    for (int i = 0; i < total; i++) {
                        long due = start + (long) (i * 1e9 / rate);
                        long wait = due - System.nanoTime();
                        if (wait > 200_000) {
                            // Sleep, not spin: a spinning sender would take a core from the instance it measures.
                            java.util.concurrent.locks.LockSupport.parkNanos(wait);
                        }
                        p.send(new ProducerRecord<>(c.topics().transactions(), null, System.currentTimeMillis(), key(offset + i),
                                withId(txs.get(i % txs.size()), offset + i)));
                    }
                }
            });
            sender.start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds + 120L);
            while (latencies.size() < total && System.nanoTime() < deadline) {
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(100))) {
                    latencies.add(System.currentTimeMillis() - r.timestamp());
                }
            }
            sender.join();
        }
        long[] l = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        if (l.length == 0) {
            say("BENCH latency: no decisions read");
            return;
        }
        say("BENCH end-to-end latency at %.0f tx/s (50%% of the screening rate) over %d s, %d decisions: p50 %d ms, p99 %d ms, max %d ms",
                rate, seconds, l.length, l[l.length / 2], l[(int) Math.min(l.length - 1, Math.ceil(l.length * 0.99) - 1)], l[l.length - 1]);
    }

    /** Peak resident memory of the process (Linux /proc), or "unknown". */
    private static String peak(Process p) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + p.pid() + "/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return line.substring(6).trim();
                }
            }
        } catch (IOException e) {
            return "unknown (" + e.getMessage() + ")";
        }
        return "unknown";
    }

    private static void say(String format, Object... args) {
        System.out.printf(format + "%n", args);
        System.out.flush();
    }
}
