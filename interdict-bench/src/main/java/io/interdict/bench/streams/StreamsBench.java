package io.interdict.bench.streams;

import io.interdict.config.Config;
import io.interdict.config.StreamsConfig;
import io.interdict.streams.ClientProps;
import io.interdict.streams.TopicSetup;
import io.interdict.lists.Embedded;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
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
 * Stream figures on a real broker (scripts/bench-streams). In one run, on the same broker, the same
 * topics (6 partitions) and the same exactly-once settings: (1) the copy rate of a Kafka Streams
 * pass-through topology (source to sink, bytes) and (2) that of a plain read_committed consumer with a
 * transactional producer, both in this JVM; (3) the rate of {@code interdict stream} (a separate JVM,
 * the real command) screening the same records with its match cache, (4) the end-to-end latency at
 * half that rate, (5) the instance's peak memory, and (6) the rate of a second instance with the cache
 * off. Rates are steady state: measured between the group's first and last committed offsets, so
 * start-up and snapshot loading are not counted (they are reported separately); the second half of
 * each window is reported too (warm JIT, filled cache). CPU seconds per record of the worker process
 * and of the broker come from /proc. The records: {@link PaymentStream}.
 *
 * <p>Usage: {@code StreamsBench BOOTSTRAP BASE_TRANSACTIONS.jsonl CLI_JAR RECORDS [LATENCY_SECONDS [PROFILE]]};
 * system properties {@code bench.broker.pidfile}, {@code bench.instance.jvm}, {@code bench.streams}
 * (see scripts/bench-streams).
 */
public final class StreamsBench {
    private final String bootstrap;
    private final PaymentStream txs;
    private final Path cliJar;
    private final Path work;

    private StreamsBench(String bootstrap, PaymentStream txs, Path cliJar, Path work) {
        this.bootstrap = bootstrap;
        this.txs = txs;
        this.cliJar = cliJar;
        this.work = work;
    }

    public static void main(String[] args) throws Exception {
        String bootstrap = args[0];
        List<byte[]> base = Files.readAllLines(Path.of(args[1])).stream().map(l -> l.getBytes(StandardCharsets.UTF_8)).toList();
        Path jar = Path.of(args[2]);
        int records = Integer.parseInt(args[3]);
        int latencySeconds = args.length > 4 ? Integer.parseInt(args[4]) : 20;
        String profile = args.length > 5 ? args[5] : "zipf";
        PaymentStream txs = new PaymentStream(base, PaymentStream.listedNames(Embedded.snapshot()), profile, 7);
        Path work = Files.createTempDirectory("interdict-bench-streams");
        new StreamsBench(bootstrap, txs, jar, work).run(records, latencySeconds, profile);
    }

    private void run(int records, int latencySeconds, String profile) throws Exception {
        String run = "bench-" + Long.toString(System.currentTimeMillis(), 36);
        Path cfgFile = config(run, "screen", -1);
        StreamsConfig c = Config.load(cfgFile).streams();
        TopicSetup.ensure(Map.of("bootstrap.servers", bootstrap), c);
        TopicSetup.create(Map.of("bootstrap.servers", bootstrap), List.of(new NewTopic(run + ".copy", c.partitions(), c.replicationFactor()),
                new NewTopic(run + ".plain-copy", c.partitions(), c.replicationFactor())));
        Properties sp = ClientProps.streams(bootstrap, c);
        say("run %s: %d records, profile %s (%s distinct counterparty names), %d partitions, %s, commit interval %s ms, %d stream threads",
                run, records, profile, distinctNames(records), c.partitions(), c.processingGuarantee(),
                sp.get(org.apache.kafka.streams.StreamsConfig.COMMIT_INTERVAL_MS_CONFIG), threads(c));

        long t0 = System.nanoTime();
        preload(c.topics().transactions(), records);
        say("preload: %d records in %.1f s", records, (System.nanoTime() - t0) / 1e9);

        Rate copy = copyRate(c, run, records);
        say("BENCH copy A, Kafka Streams pass-through topology (source -> sink, bytes, %s, same client settings as the "
                + "instance, in the bench JVM): %.0f records/s (%s)", c.processingGuarantee(), copy.perSecond, copy.perCpu());
        Rate plainCopy = plainCopyRate(c, run, records);
        say("BENCH copy B, plain consumer/transactional-producer loop (read_committed, %d threads, commit every %s ms, in the "
                + "bench JVM): %.0f records/s (%s)", threads(c), sp.get(org.apache.kafka.streams.StreamsConfig.COMMIT_INTERVAL_MS_CONFIG),
                plainCopy.perSecond, plainCopy.perCpu());

        Process instance = startInstance(cfgFile, "screen");
        long started = System.nanoTime();
        Rate screen = steadyRate(c.applicationId(), c.topics().transactions(), records, instance);
        say("BENCH interdict stream screening, match cache on: %.0f transactions/s steady (%.1f s for %d, start-up incl. snapshot load %.1f s)",
                screen.perSecond, screen.seconds, records, (screen.firstCommitNanos - started) / 1e9);
        say("BENCH screening / copy A = %.2f, screening / copy B = %.2f", screen.perSecond / copy.perSecond,
                screen.perSecond / plainCopy.perSecond);
        say("BENCH screening instance: %s", screen.perCpu());

        if (latencySeconds > 0) {
            latency(c, screen.perSecond / 2, latencySeconds, records);
        }
        say("BENCH instance peak memory (VmHWM): %s", peak(instance));
        instance.destroy();
        instance.waitFor(60, TimeUnit.SECONDS);

        // The same records again with the match cache off: the cost when no match is remembered.
        Path plainCfg = config(run, "nocache", 0);
        StreamsConfig plain = Config.load(plainCfg).streams();
        Process second = startInstance(plainCfg, "nocache");
        Rate uncached = steadyRate(plain.applicationId(), plain.topics().transactions(), records, second);
        say("BENCH interdict stream screening, match cache off: %.0f transactions/s steady (%s); / copy A = %.2f", uncached.perSecond,
                uncached.perCpu(), uncached.perSecond / copy.perSecond);
        second.destroy();
        second.waitFor(60, TimeUnit.SECONDS);
    }

    private static int threads(StreamsConfig c) {
        return c.threads() == 0 ? Runtime.getRuntime().availableProcessors() : c.threads();
    }

    /** How many distinct counterparty names the first {@code records} records name. */
    private String distinctNames(int records) {
        Set<String> names = new HashSet<>();
        for (int i = 0; i < records; i++) {
            names.add(txs.name(i));
        }
        return String.format("%,d", names.size());
    }

    /** The instance's configuration: the run's topics, its own application id and match cache size (-1: the default). */
    private Path config(String run, String app, long cacheEntries) throws IOException {
        Path f = work.resolve(app + ".yaml");
        Files.writeString(f, """
                streams:
                  application_id: %1$s-%3$s
                  partitions: 6
                  metrics_port: -1
                  %4$s
                  %5$s
                  topics: {transactions: %1$s.tx, decisions: %1$s.decisions-%3$s, alerts: %1$s.alerts, dead_letter: %1$s.dlq,
                           snapshots: %1$s.snapshots, monitored: %1$s.monitored, list_deltas: %1$s.deltas}
                  kafka: {state.dir: "%2$s"}
                """.formatted(run, work.resolve("state-" + app).toString(), app,
                cacheEntries < 0 ? "" : "match_cache_entries: " + cacheEntries,
                // More streams settings for every app of the run (copies included), e.g. "commit_interval_ms: 500".
                System.getProperty("bench.streams", "").replace(";", "\n  ")));
        return f;
    }

    /** Records keyed by a unique id, the same id in the transaction. */
    private void preload(String topic, int records) {
        try (KafkaProducer<byte[], byte[]> p = producer()) {
            for (int i = 0; i < records; i++) {
                p.send(new ProducerRecord<>(topic, key(i), txs.record(i, "b-" + i)));
            }
            p.flush();
        }
    }

    private static byte[] key(int i) {
        return ("b-" + i).getBytes(StandardCharsets.UTF_8);
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
    private Rate copyRate(StreamsConfig c, String run, int records) throws Exception {
        Topology t = new Topology();
        t.addSource("in", new ByteArrayDeserializer(), new ByteArrayDeserializer(), c.topics().transactions());
        t.addSink("out", run + ".copy", new ByteArraySerializer(), new ByteArraySerializer(), "in");
        Properties p = ClientProps.streams(bootstrap, c);
        p.put("application.id", run + "-copy");
        p.put("state.dir", work.resolve("copy-state").toString());
        try (KafkaStreams s = new KafkaStreams(t, p)) {
            s.start();
            return steadyRate(run + "-copy", c.topics().transactions(), records, null);
        }
    }

    /**
     * The same copy without Kafka Streams: per stream thread, a read_committed consumer (same group) and
     * a transactional producer that forwards what it polls and commits the consumed offsets in the
     * producer's transaction every commit interval, as exactly_once_v2 does.
     */
    private Rate plainCopyRate(StreamsConfig c, String run, int records) throws Exception {
        String group = run + "-plain-copy";
        Properties sp = ClientProps.streams(bootstrap, c);
        long commitMs = Long.parseLong(String.valueOf(sp.get(org.apache.kafka.streams.StreamsConfig.COMMIT_INTERVAL_MS_CONFIG)));
        java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
        List<Thread> loops = new ArrayList<>();
        for (int t = 0; t < threads(c); t++) {
            String txId = group + "-" + t;
            Thread loop = new Thread(() -> copyLoop(c.topics().transactions(), run + ".plain-copy", group, txId, commitMs, sp, stop));
            loop.start();
            loops.add(loop);
        }
        try {
            return steadyRate(group, c.topics().transactions(), records, null);
        } finally {
            stop.set(true);
            for (Thread t : loops) {
                t.join();
            }
        }
    }

    private void copyLoop(String from, String to, String group, String txId, long commitMs, Properties streamsProps,
                          java.util.concurrent.atomic.AtomicBoolean stop) {
        Map<String, Object> cp = new HashMap<>();
        cp.put("bootstrap.servers", bootstrap);
        cp.put("group.id", group);
        cp.put("isolation.level", "read_committed");
        cp.put("enable.auto.commit", "false");
        cp.put("auto.offset.reset", "earliest");
        cp.put("max.poll.records", streamsProps.getOrDefault("consumer.max.poll.records", 500));
        Map<String, Object> pp = new HashMap<>();
        pp.put("bootstrap.servers", bootstrap);
        pp.put("transactional.id", txId);
        for (String k : List.of("linger.ms", "batch.size", "retry.backoff.ms", "compression.type")) {
            Object v = streamsProps.get("producer." + k);
            if (v != null) {
                pp.put(k, v);
            }
        }
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(cp, new ByteArrayDeserializer(), new ByteArrayDeserializer());
             KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(pp, new ByteArraySerializer(), new ByteArraySerializer())) {
            producer.initTransactions();
            consumer.subscribe(List.of(from));
            Map<TopicPartition, OffsetAndMetadata> pending = new HashMap<>();
            long txStart = 0;
            boolean open = false;
            while (!stop.get()) {
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(50))) {
                    if (!open) {
                        producer.beginTransaction();
                        open = true;
                        txStart = System.nanoTime();
                    }
                    producer.send(new ProducerRecord<>(to, r.key(), r.value()));
                    pending.put(new TopicPartition(r.topic(), r.partition()), new OffsetAndMetadata(r.offset() + 1));
                }
                if (open && System.nanoTime() - txStart >= commitMs * 1_000_000) {
                    producer.sendOffsetsToTransaction(pending, consumer.groupMetadata());
                    producer.commitTransaction();
                    pending.clear();
                    open = false;
                }
            }
            if (open) {
                producer.sendOffsetsToTransaction(pending, consumer.groupMetadata());
                producer.commitTransaction();
            }
        }
    }

    /**
     * Steady rate, its window, the CPU seconds worker and broker used in it (≤ 0 unknown), and the same
     * over the second half of the records (null when not measured).
     */
    private record Rate(double perSecond, double seconds, long firstCommitNanos, long records, double cpuSeconds, double brokerCpuSeconds,
                        Rate secondHalf) {
        static Rate between(Sample from, Sample to, Rate secondHalf) {
            double secs = (to.nanos - from.nanos) / 1e9;
            long n = to.count - from.count;
            return new Rate(n / Math.max(secs, 1e-3), secs, from.nanos, n, from.cpu < 0 ? -1 : to.cpu - from.cpu,
                    from.brokerCpu < 0 ? -1 : to.brokerCpu - from.brokerCpu, secondHalf);
        }

        String perCpu() {
            String worker = cpuSeconds <= 0 ? "worker CPU unknown" : String.format("worker %.1f µs CPU per record", cpuSeconds * 1e6 / records);
            String all = brokerCpuSeconds <= 0 ? worker : worker + String.format(", broker %.1f µs", brokerCpuSeconds * 1e6 / records);
            return secondHalf == null ? all : all + String.format("; second half: %.0f records/s, %s", secondHalf.perSecond, secondHalf.perCpu());
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
     * progress and the one where all {@code records} are committed, and the same over the second half
     * of that window's records (when the JIT has compiled the hot code and the match cache has filled).
     */
    private Rate steadyRate(String group, String topic, int records, Process watched) throws Exception {
        long pid = watched != null ? watched.pid() : ProcessHandle.current().pid();
        long broker = brokerPid();
        try (Admin a = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            Sample first = null;
            Sample half = null;
            while (true) {
                long n = committed(a, group, topic);
                if (first == null && n > 0) {
                    first = new Sample(System.nanoTime(), n, cpuSeconds(pid), cpuSeconds(broker));
                }
                if (first != null && half == null && n >= first.count + (records - first.count) / 2) {
                    half = new Sample(System.nanoTime(), n, cpuSeconds(pid), cpuSeconds(broker));
                }
                if (n >= records) {
                    Sample last = new Sample(System.nanoTime(), n, cpuSeconds(pid), cpuSeconds(broker));
                    Rate whole = Rate.between(first, last, null);
                    return half == last || half.count == first.count ? whole : Rate.between(first, last, Rate.between(half, last, null));
                }
                if (watched != null && !watched.isAlive()) {
                    throw new IllegalStateException("the instance exited (see " + work + ")");
                }
                Thread.sleep(100);
            }
        }
    }

    /** The broker's process id, from the pid file scripts/kafka writes (-Dbench.broker.pidfile), or -1. */
    private static long brokerPid() {
        String file = System.getProperty("bench.broker.pidfile");
        try {
            return file == null ? -1 : Long.parseLong(Files.readString(Path.of(file)).trim());
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
    }

    private record Sample(long nanos, long count, double cpu, double brokerCpu) {
    }

    private static long committed(Admin a, String group, String topic) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> m = a.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
        return m.entrySet().stream().filter(e -> e.getKey().topic().equals(topic) && e.getValue() != null)
                .mapToLong(e -> e.getValue().offset()).sum();
    }

    private Process startInstance(Path cfg, String name) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xms512m", "-Xmx1g"));
        // Extra JVM options for the instance, e.g. a flight recording: -Dbench.instance.jvm="-XX:StartFlightRecording=..."
        String extra = System.getProperty("bench.instance.jvm", "").replace("{name}", name);
        if (!extra.isBlank()) {
            cmd.addAll(List.of(extra.trim().split("\\s+")));
        }
        cmd.addAll(List.of("-jar", cliJar.toString(), "stream", "--bootstrap", bootstrap, "--config", cfg.toString()));
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
                                txs.record(offset + i, "b-" + (offset + i))));
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
