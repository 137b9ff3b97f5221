package io.interdict.bench;

import io.interdict.core.entity.Entity;
import io.interdict.core.match.MatchSettings;
import io.interdict.core.match.fuzzy.FuzzyMatcher;
import io.interdict.core.match.fuzzy.SearchHit;
import io.interdict.core.snapshot.SourcePart;
import io.interdict.lists.BundledLists;
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
        io.interdict.core.names.NamePipeline.warmUpAsync();   // as Embedded does while lists import
        List<Entity> entities = new ArrayList<>();
        for (SourcePart p : BundledLists.all()) {
            entities.addAll(p.entities());
        }
        long t1 = System.nanoTime();
        FuzzyMatcher matcher = new FuzzyMatcher(entities, MatchSettings.DEFAULTS);
        long t2 = System.nanoTime();
        // A list update rebuilds the index in a warm process: time that too.
        new FuzzyMatcher(entities, MatchSettings.DEFAULTS);
        long t3 = System.nanoTime();
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long heap = rt.totalMemory() - rt.freeMemory();
        System.out.printf(Locale.ROOT, "lists: %d entities, %d indexed names in %d groups; import %.2f s; index build %.2f s (rebuild %.2f s); heap after build %d MB%n",
                entities.size(), matcher.indexedNames(), matcher.nameGroups(), (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9, heap >> 20);

        List<String> positives = names(Path.of(YENTE + "positives_un_untreated.csv"), false);
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
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals("--sample")) {
                negatives = negatives.subList(0, Integer.parseInt(args[i + 1]));
            }
        }
        // Warm-up on a slice, then time every query.
        for (int i = 0; i < Math.min(5000, negatives.size()); i++) {
            matcher.search(negatives.get(i), null, 5);
        }
        long[] nanos = new long[negatives.size()];
        double[] negTop = new double[negatives.size()];
        int fp = 0;
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpuStart = cpu.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        for (int i = 0; i < negatives.size(); i++) {
            long a = System.nanoTime();
            List<SearchHit> hits = matcher.search(negatives.get(i), null, 5);
            nanos[i] = System.nanoTime() - a;
            negTop[i] = hits.isEmpty() ? 0 : hits.get(0).score();
            if (!hits.isEmpty() && hits.get(0).match()) {
                fp++;
                if (verbose) {
                    System.out.printf(Locale.ROOT, "  FP %s -> %s %s %.3f%n", negatives.get(i), hits.get(0).entityId(),
                            hits.get(0).name(), hits.get(0).score());
                }
            }
        }
        long total = System.nanoTime() - start;
        long cpuTotal = cpu.getCurrentThreadCpuTime() - cpuStart;
        StringBuilder sweep = new StringBuilder("by threshold (UN recall / negatives FP rate):");
        for (int k = 0; k <= 8; k++) {
            double t = (750 + 25 * k) / 1000.0;
            final double th = t - 1e-9;
            long r = Arrays.stream(posTop).filter(x -> x >= th).count();
            long f = Arrays.stream(negTop).filter(x -> x >= th).count();
            sweep.append(String.format(Locale.ROOT, " %.3f=%.4f/%.4f", t, (double) r / posTop.length, (double) f / negTop.length));
        }
        System.out.println(sweep);
        Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "negatives: %d/%d with a match: false-positive rate %.4f%n", fp, negatives.size(),
                (double) fp / negatives.size());
        System.out.printf(Locale.ROOT, "speed, first pass (1 thread, all lists, limit 5; JIT and caches still warming): %.0f queries/s, p50 %.1f us, p99 %.1f us, max %.1f us%n",
                negatives.size() / (total / 1e9), nanos[nanos.length / 2] / 1e3, nanos[(int) (nanos.length * 0.99)] / 1e3,
                nanos[nanos.length - 1] / 1e3);
        // On a shared machine wall time includes waiting for a core; CPU time is the query's own cost.
        System.out.printf(Locale.ROOT, "speed by thread CPU time: %.0f queries per CPU-second (%.1f us CPU per query; load average %.1f)%n",
                negatives.size() / (cpuTotal / 1e9), cpuTotal / 1e3 / negatives.size(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        int rounds = 3;
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals("--rounds")) {
                rounds = Integer.parseInt(args[i + 1]);
            }
        }
        // Further timed rounds over the same queries: a shared virtual machine varies by 10-20% from
        // run to run, so the median of several rounds is the figure to compare changes by.
        double[] rates = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            long[] ns = new long[negatives.size()];
            long s0 = System.nanoTime();
            for (int i = 0; i < negatives.size(); i++) {
                long a = System.nanoTime();
                matcher.search(negatives.get(i), null, 5);
                ns[i] = System.nanoTime() - a;
            }
            rates[r] = negatives.size() / ((System.nanoTime() - s0) / 1e9);
            Arrays.sort(ns);
            System.out.printf(Locale.ROOT, "round %d: %.0f queries/s, p50 %.1f us, p99 %.1f us%n", r + 1, rates[r],
                    ns[ns.length / 2] / 1e3, ns[(int) (ns.length * 0.99)] / 1e3);
        }
        if (rounds > 0) {
            Arrays.sort(rates);
            System.out.printf(Locale.ROOT, "speed, steady state: median of %d rounds %.0f queries/s%n", rounds, rates[rounds / 2]);
        }
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
