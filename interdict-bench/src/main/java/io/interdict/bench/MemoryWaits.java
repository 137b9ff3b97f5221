package io.interdict.bench;

import io.interdict.core.entity.Entity;
import io.interdict.core.match.MatchSettings;
import io.interdict.core.match.fuzzy.FuzzyMatcher;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * How much of a search is waiting for memory: each query of the yente negatives (in the benchmark's order, one thread,
 * limit 5, as {@code EvalMain screening}) is searched three or four times:
 * <ol>
 *   <li><b>first</b>, as the screening benchmark searches it: its candidates' data (bound summaries, prepared names, the
 *       index's postings) were last read many queries ago;</li>
 *   <li><b>again</b> at once: the same work, with that data still in the processor's caches and every memo of recent
 *       words (candidate lists, word facts, readings) holding this query's;</li>
 *   <li><b>after another</b>: again, once a different query (7,777 further on) was searched in between, so that the
 *       memos still hold this query's words while the caches held another query's work;</li>
 *   <li><b>after a flush</b> (every 20th query): again, once 64 MB were read and written in between, more than the
 *       processor's caches hold, so that the memos still hold this query's words but none of its data is cached.</li>
 * </ol>
 * "first" against "after a flush" is what the memos of recent words save; "after a flush" against "again" is what a
 * search waits for data no recent query read. Latin queries and the others are reported apart. A benchmark, not a test:
 * nothing is asserted.
 * <pre>
 *   java -cp "interdict-bench/target/classes:$(cat cp.txt)" io.interdict.bench.MemoryWaits [PASSES]
 * </pre>
 * PASSES (default 6, the first half warm-up) over the 50,000 queries; run from the repository root.
 */
public final class MemoryWaits {
    private static final int APART = 7_777;
    private static final int FLUSH_EVERY = 20;
    private static final long[] FLUSH = new long[64 << 20 >> 3];
    /** What the flushes read, kept so that their reads are made. */
    private static long flushed;

    private MemoryWaits() {
    }

    public static void main(String[] args) throws Exception {
        int passes = args.length > 0 ? Integer.parseInt(args[0]) : 6;
        List<Entity> entities = EvalEntities.of(args);
        FuzzyMatcher matcher = new FuzzyMatcher(entities, MatchSettings.DEFAULTS, "interdict-v2");
        List<String> queries = ScreeningEvaluation.names(
                Path.of(EvalMain.EVAL + "yente_screening_benchmark/negatives_50k_negatives_us.csv.gz"), true);
        boolean[] latin = new boolean[queries.size()];
        for (int i = 0; i < latin.length; i++) {
            latin[i] = ScreeningEvaluation.script(queries.get(i)).equals("LATIN");
        }
        for (int p = 0; p < passes; p++) {
            // nanoseconds [latin?][first, again, after another, after a flush]; searches [latin?] and flushes [latin?]
            long[][] nanos = new long[2][4];
            long[] count = new long[2];
            long[] flushes = new long[2];
            for (int i = 0; i < queries.size(); i++) {
                String q = queries.get(i);
                int k = latin[i] ? 0 : 1;
                long t0 = System.nanoTime();
                matcher.search(q, null, 5);
                long t1 = System.nanoTime();
                matcher.search(q, null, 5);
                long t2 = System.nanoTime();
                matcher.search(queries.get((i + APART) % queries.size()), null, 5);
                long t3 = System.nanoTime();
                matcher.search(q, null, 5);
                long t4 = System.nanoTime();
                nanos[k][0] += t1 - t0;
                nanos[k][1] += t2 - t1;
                nanos[k][2] += t4 - t3;
                count[k]++;
                if (i % FLUSH_EVERY == 0) {
                    flush();
                    long t5 = System.nanoTime();
                    matcher.search(q, null, 5);
                    nanos[k][3] += System.nanoTime() - t5;
                    flushes[k]++;
                }
            }
            String[] names = {"Latin", "other scripts"};
            for (int k = 0; k < 2; k++) {
                System.out.printf(Locale.ROOT, "pass %d%s, %s (%d queries): first %.1f us, again %.1f us, after another %.1f us, "
                                + "after a flush %.1f us%n", p, p < passes / 2 ? " (warm-up)" : "", names[k], count[k],
                        nanos[k][0] / 1e3 / count[k], nanos[k][1] / 1e3 / count[k], nanos[k][2] / 1e3 / count[k],
                        nanos[k][3] / 1e3 / flushes[k]);
            }
        }
        System.out.println("(flushes read " + flushed + ")");
    }

    /** Reads and writes a line of every 64 bytes of {@link #FLUSH}. */
    private static void flush() {
        long read = 0;
        for (int i = 0; i < FLUSH.length; i += 8) {
            read += FLUSH[i]++;
        }
        flushed += read;
    }
}
