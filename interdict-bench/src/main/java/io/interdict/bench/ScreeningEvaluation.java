package io.interdict.bench;

import io.interdict.core.entity.Entity;
import io.interdict.core.match.MatchSettings;
import io.interdict.core.match.fuzzy.FuzzyMatcher;
import io.interdict.core.match.fuzzy.SearchHit;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Screening-level evaluation against the bundled lists: recall of the yente UN positives (found in
 * {@code un-sc} at or above the match threshold), false-positive rate of the 50,000 synthetic
 * negatives against every bundled list, index build time, heap, and single-thread query speed.
 */
final class ScreeningEvaluation {
    static final String YENTE = EvalMain.EVAL + "yente_screening_benchmark/";

    private ScreeningEvaluation() {
    }

    static void main(String[] args) throws IOException {
        boolean verbose = List.of(args).contains("--verbose");
        long t0 = System.nanoTime();
        // As Embedded does while lists import. It moves work out of the index build into the import, rather than saving
        // any: both cores are busy importing (docs/matching-history.md, "Session 47"); --no-warm-up times the build without it.
        boolean warmUp = !List.of(args).contains("--no-warm-up");
        if (warmUp) {
            io.interdict.core.match.fuzzy.FuzzyMatcher.warmUpAsync();
        }
        List<Entity> entities = EvalEntities.of(args);
        long t1 = System.nanoTime();
        FuzzyMatcher matcher = new FuzzyMatcher(entities, MatchSettings.DEFAULTS, EvalMain.stringOption(args, "--algorithm", io.interdict.core.match.fuzzy.InterdictV2.NAME));
        long t2 = System.nanoTime();
        // A list update rebuilds the index in a warm process: time that too.
        new FuzzyMatcher(entities, MatchSettings.DEFAULTS, EvalMain.stringOption(args, "--algorithm", io.interdict.core.match.fuzzy.InterdictV2.NAME));
        long t3 = System.nanoTime();
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long heap = rt.totalMemory() - rt.freeMemory();
        System.out.println("entities: " + EvalEntities.described(args));
        System.out.printf(Locale.ROOT, "lists: %d entities, %d indexed names in %d groups; import %.2f s; index build %.2f s (import and build %.2f s%s; rebuild %.2f s); heap after build %d MB%n",
                entities.size(), matcher.indexedNames(), matcher.nameGroups(), (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t2 - t0) / 1e9,
                warmUp ? "" : ", no warm-up", (t3 - t2) / 1e9, heap >> 20);

        List<String> positives = names(Path.of(YENTE + "positives_un_untreated.csv"), false);
        String dump = EvalMain.stringOption(args, "--dump", null);
        if (dump != null) {   // every query's top hits, to diff two builds that must score alike
            ScreeningDump.write(matcher, positives, names(Path.of(YENTE + "negatives_50k_negatives_us.csv.gz"), true),
                    entities, Path.of(dump));
            System.out.println("dump written to " + dump);
            return;
        }
        int found = 0;
        double[] posTop = new double[positives.size()];
        int pi = 0;
        for (String q : positives) {
            List<SearchHit> hits = matcher.search(q, "un-sc", 5);
            posTop[pi++] = hits.isEmpty() ? 0 : hits.get(0).score();
            if (!hits.isEmpty() && hits.get(0).match()) {
                found++;
            } else if (verbose) {
                System.out.printf(Locale.ROOT, "  MISS %s -> %s%n", q, hits.isEmpty() ? "-" : hits.get(0).name() + " " + hits.get(0).score());
            }
        }
        System.out.printf(Locale.ROOT, "UN positives: %d/%d found at >= %.2f: recall %.4f%n", found, positives.size(),
                MatchSettings.DEFAULTS.reviewThreshold(), (double) found / positives.size());

        List<String> negatives = names(Path.of(YENTE + "negatives_50k_negatives_us.csv.gz"), true);
        negatives = negatives.subList(0, Math.min(negatives.size(), option(args, "--sample", negatives.size())));
        // Warm-up on a slice, then time every query.
        for (int i = 0; i < Math.min(5000, negatives.size()); i++) {
            matcher.search(negatives.get(i), null, 5);
        }
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpuStart = cpu.getCurrentThreadCpuTime();
        Pass first = timedPass(matcher, negatives);
        long cpuTotal = cpu.getCurrentThreadCpuTime() - cpuStart;
        double[] negTop = new double[negatives.size()];
        int fp = 0;
        for (int i = 0; i < negatives.size(); i++) {
            SearchHit top = first.top()[i];
            negTop[i] = top == null ? 0 : top.score();
            if (top != null && top.match()) {
                fp++;
                if (verbose) {
                    System.out.printf(Locale.ROOT, "  FP %s -> %s %s %.3f%n", negatives.get(i), top.entityId(), top.name(), top.score());
                }
            }
        }
        StringBuilder sweep = new StringBuilder("by threshold (UN recall / negatives FP rate):");
        for (int k = 0; k <= 8; k++) {
            double t = (750 + 25 * k) / 1000.0;
            final double th = t - 1e-9;
            long r = Arrays.stream(posTop).filter(x -> x >= th).count();
            long f = Arrays.stream(negTop).filter(x -> x >= th).count();
            sweep.append(String.format(Locale.ROOT, " %.3f=%.4f/%.4f", t, (double) r / posTop.length, (double) f / negTop.length));
        }
        System.out.println(sweep);
        System.out.printf(Locale.ROOT, "negatives: %d/%d with a match: false-positive rate %.4f%n", fp, negatives.size(),
                (double) fp / negatives.size());
        // The JVM's options say which memory setting the figures below were measured with (scripts/bench-screening runs
        // both: huge pages as the launcher gives a server, and none).
        System.out.println("jvm: " + System.getProperty("java.vm.version") + " "
                + String.join(" ", java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments()));
        System.out.printf(Locale.ROOT, "speed, first pass (1 thread, all lists, limit 5; JIT and caches still warming): %s, max %.1f us%n",
                first, first.sortedNanos()[negatives.size() - 1] / 1e3);
        // On a shared machine wall time includes waiting for a core; CPU time is the query's own cost.
        System.out.printf(Locale.ROOT, "speed by thread CPU time: %.0f queries per CPU-second (%.1f us CPU per query; load average %.1f)%n",
                negatives.size() / (cpuTotal / 1e9), cpuTotal / 1e3 / negatives.size(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        // Steady state is after the JIT settles: C2 keeps compiling for several passes over the 50,000 names (seconds of
        // compiling per pass, on the other core), and a pass it runs through is a warm-up, not the steady state. Passes
        // go on (printed, not counted) until one spends under JIT_SETTLED of its time compiling, at most --warmup-passes.
        int warmups = option(args, "--warmup-passes", 6);
        for (int w = 1; w <= warmups; w++) {
            Pass pass = timedPass(matcher, negatives);
            System.out.printf(Locale.ROOT, "warm-up pass %d: %s%n", w, pass);
            double passMillis = negatives.size() / pass.rate() * 1e3;
            if (pass.jitMillis() >= 0 && pass.jitMillis() < JIT_SETTLED * passMillis) {
                break;
            }
        }
        // Further timed rounds over the same queries: a shared virtual machine varies by 10-20% from
        // run to run, so the median of several rounds is the figure to compare changes by.
        int rounds = option(args, "--rounds", 3);
        double[] rates = new double[rounds];
        Pass last = null;
        for (int r = 0; r < rounds; r++) {
            Pass pass = timedPass(matcher, negatives);
            rates[r] = pass.rate();
            System.out.printf(Locale.ROOT, "round %d: %s%n", r + 1, pass);
            last = pass;
        }
        if (rounds > 0) {
            Arrays.sort(rates);
            System.out.printf(Locale.ROOT, "speed, steady state: median of %d rounds %.0f queries/s%n", rounds, rates[rounds / 2]);
            // Where the time goes by the script a query is written in (a name in Han or Hangul is read in several
            // systems and fitted to each candidate's spelling: it costs several Latin names).
            System.out.println("last round by script: " + byScript(negatives, last.nanosInOrder()));
        }
    }

    /** The share of a pass's time under which the JIT's compiling counts as settled. */
    static final double JIT_SETTLED = 0.05;

    /** One timed pass over the queries: each query's time (sorted), the rate, each query's top hit, its CPU time per
     *  query, and the JIT's compile time during the pass. */
    record Pass(long[] sortedNanos, long[] nanosInOrder, double rate, SearchHit[] top, double cpuMicros, long jitMillis) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%.0f queries/s, p50 %.1f us, p99 %.1f us, %.1f us CPU per query, JIT %d ms", rate,
                    sortedNanos[sortedNanos.length / 2] / 1e3, sortedNanos[(int) (sortedNanos.length * 0.99)] / 1e3, cpuMicros,
                    jitMillis);
        }
    }

    /** The JIT compilers' total time so far (ms; -1 when the JVM does not say). */
    static long jitMillis() {
        java.lang.management.CompilationMXBean jit = java.lang.management.ManagementFactory.getCompilationMXBean();
        return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : -1;
    }

    static Pass timedPass(FuzzyMatcher matcher, List<String> queries) {
        long[] nanos = new long[queries.size()];
        SearchHit[] top = new SearchHit[queries.size()];
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpuStart = cpu.getCurrentThreadCpuTime();
        long jitStart = jitMillis();
        long start = System.nanoTime();
        for (int i = 0; i < queries.size(); i++) {
            long a = System.nanoTime();
            List<SearchHit> hits = matcher.search(queries.get(i), null, 5);
            nanos[i] = System.nanoTime() - a;
            top[i] = hits.isEmpty() ? null : hits.get(0);
        }
        double rate = queries.size() / ((System.nanoTime() - start) / 1e9);
        double cpuMicros = (cpu.getCurrentThreadCpuTime() - cpuStart) / 1e3 / queries.size();
        long jit = jitStart < 0 ? -1 : jitMillis() - jitStart;
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new Pass(sorted, nanos, rate, top, cpuMicros, jit);
    }

    /** The script most of a name's letters are written in ("LATIN", "HAN", "HANGUL"...; "NONE" without letters); a
     *  tie goes to the script first in {@link Character.UnicodeScript}'s order. */
    static String script(String name) {
        int[] counts = new int[Character.UnicodeScript.values().length];
        name.codePoints().filter(Character::isLetter).forEach(cp -> counts[Character.UnicodeScript.of(cp).ordinal()]++);
        int best = -1;
        for (int k = 0; k < counts.length; k++) {
            if (counts[k] > 0 && (best < 0 || counts[k] > counts[best])) {
                best = k;
            }
        }
        return best < 0 ? "NONE" : Character.UnicodeScript.values()[best].name();
    }

    /** Per script of the queries, most time first: how many, the mean time of one (us) and the share of the pass's
     *  time. {@code nanos}: each query's time, in the queries' order. */
    static String byScript(List<String> queries, long[] nanos) {
        Map<String, long[]> by = new java.util.HashMap<>();
        long total = 0;
        for (int i = 0; i < queries.size(); i++) {
            long[] v = by.computeIfAbsent(script(queries.get(i)), k -> new long[2]);
            v[0]++;
            v[1] += nanos[i];
            total += nanos[i];
        }
        List<Map.Entry<String, long[]>> order = new ArrayList<>(by.entrySet());
        order.sort((x, y) -> x.getValue()[1] != y.getValue()[1] ? Long.compare(y.getValue()[1], x.getValue()[1])
                : x.getKey().compareTo(y.getKey()));
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, long[]> e : order) {
            long[] v = e.getValue();
            out.append(out.length() == 0 ? "" : "; ").append(String.format(Locale.ROOT, "%s %d x %.1f us (%.1f %%)",
                    e.getKey().toLowerCase(Locale.ROOT), v[0], v[1] / 1e3 / v[0], total == 0 ? 0.0 : 100.0 * v[1] / total));
        }
        return out.toString();
    }

    static int option(String[] args, String name, int otherwise) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return Integer.parseInt(args[i + 1]);
            }
        }
        return otherwise;
    }

    static List<String> names(Path file, boolean gz) throws IOException {
        try (Reader r = gz
                ? new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))
                : Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            List<String> out = new ArrayList<>();
            for (Map<String, String> row : Csv.readMaps(r)) {
                String n = row.get("full_name");
                if (n != null && !n.isBlank()) {
                    out.add(n);
                }
            }
            return out;
        }
    }
}
