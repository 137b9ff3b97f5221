package io.interdict.bench.streams;

import io.interdict.config.Config;
import io.interdict.core.json.DecisionJson;
import io.interdict.core.screen.Decision;
import io.interdict.core.screen.Screener;
import io.interdict.core.snapshot.Snapshot;
import io.interdict.core.tx.ParsedLine;
import io.interdict.core.tx.TransactionParser;
import io.interdict.lists.Embedded;
import io.interdict.streams.screen.CachingMatcher;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The instance's per-record work without Kafka (parse, screen with the match cache, write the decision),
 * on one thread over the records of the stream benchmark: CPU µs per record in blocks of records, so that
 * the cost of screening can be profiled and compared apart from the broker and the machine's other load.
 *
 * <pre>java -cp … io.interdict.bench.streams.ScreenCost TRANSACTIONS.jsonl RECORDS [PROFILE [CACHE_ENTRIES [WARM_UP]]]</pre>
 * TRANSACTIONS as for the stream benchmark ({@code interdict generate}); PROFILE {@code zipf} or {@code distinct};
 * CACHE_ENTRIES 100,000 (0: no cache); WARM_UP records of other names screened first with a cache of their own.
 */
public final class ScreenCost {
    private ScreenCost() {
    }

    public static void main(String[] args) throws Exception {
        List<byte[]> base = Files.readAllLines(Path.of(args[0])).stream().map(l -> l.getBytes(StandardCharsets.UTF_8)).toList();
        int records = Integer.parseInt(args[1]);
        String profile = args.length > 2 ? args[2] : "zipf";
        long entries = args.length > 3 ? Long.parseLong(args[3]) : 100_000;
        int warmUp = args.length > 4 ? Integer.parseInt(args[4]) : 0;
        Snapshot snapshot = Embedded.snapshot();
        Screener plain = Embedded.screener(snapshot, Config.defaults());
        if (warmUp > 0) {
            // Other records (another seed: other names) through a cache of their own, to separate the JIT's warm-up from the cache's.
            Screener other = entries <= 0 ? plain
                    : new Screener(snapshot, CachingMatcher.of(plain.matcher(), entries), plain.policy());
            run(other, new PaymentStream(base, PaymentStream.listedNames(snapshot), profile, 8), warmUp);
            System.out.println("(warm-up above: other records, other cache)");
        }
        Screener screener = entries <= 0 ? plain
                : new Screener(snapshot, CachingMatcher.of(plain.matcher(), entries), plain.policy());
        run(screener, new PaymentStream(base, PaymentStream.listedNames(snapshot), profile, 7), records);
    }

    private static void run(Screener screener, PaymentStream txs, int records) {
        byte[][] values = new byte[records][];
        for (int i = 0; i < records; i++) {
            values[i] = txs.record(i, "tx-" + i);
        }
        TransactionParser parser = new TransactionParser();
        var bean = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        int block = Math.max(1, records / 10);
        long bytes = 0;
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long cpu0 = bean.getCurrentThreadCpuTime();
        long proc0 = os.getProcessCpuTime();
        long alloc0 = bean.getCurrentThreadAllocatedBytes();
        long wall0 = System.nanoTime();
        for (int i = 0; i < records; i++) {
            ParsedLine parsed = parser.parseJson(values[i], 1);
            Decision d = parsed.isError() ? Decision.error(parsed.id(), screener.snapshot().hash(), parsed.error())
                    : screener.screen(parsed.transaction());
            byte[] json = DecisionJson.toUtf8(d);
            bytes += json.length;
            if ((i + 1) % block == 0) {
                long cpu = bean.getCurrentThreadCpuTime();
                long wall = System.nanoTime();
                long proc = os.getProcessCpuTime();
                long alloc = bean.getCurrentThreadAllocatedBytes();
                System.out.printf("records %,9d: %6.1f µs CPU per record on the screening thread, %6.1f in the process (%6.1f wall),"
                        + " %,7d bytes allocated%n", i + 1, (cpu - cpu0) / 1e3 / block, (proc - proc0) / 1e3 / block,
                        (wall - wall0) / 1e3 / block, (alloc - alloc0) / block);
                alloc0 = alloc;
                proc0 = proc;
                cpu0 = cpu;
                wall0 = wall;
            }
        }
        System.out.println("bytes written " + bytes);
    }
}
