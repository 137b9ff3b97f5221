package io.interdict.bench;

import io.interdict.core.entity.Entity;
import io.interdict.core.match.MatchSettings;
import io.interdict.core.match.fuzzy.FuzzyMatcher;
import io.interdict.core.match.fuzzy.InterdictV2;
import java.lang.management.CompilationMXBean;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Locale;

/**
 * Where an index build's time goes: the bundled lists are imported as {@code EvalMain screening} imports them (with
 * {@link FuzzyMatcher#warmUpAsync()} meanwhile), then the interdict-v2 index is built BUILDS times in one process. For
 * each build: its time, the CPU time the process spent meanwhile (all threads), how much of that the JIT compilers spent
 * compiling, and the collectors' time. The first build is the one {@code EvalMain screening} reports as "index build";
 * later ones run on compiled code, as a list update's rebuild in a running server does. A benchmark, not a test: nothing
 * is asserted.
 * <pre>
 *   java -Xmx2g -cp "interdict-bench/target/classes:$(cat cp.txt)" io.interdict.bench.BuildProfile [BUILDS] [--no-warm-up]
 * </pre>
 * BUILDS defaults to 6; with {@code --no-warm-up} the lists import without {@link FuzzyMatcher#warmUpAsync()}. Compile time
 * is the JVM's own count ({@link CompilationMXBean#getTotalCompilationTime}), summed over its compiler threads.
 */
public final class BuildProfile {
    private BuildProfile() {
    }

    public static void main(String[] args) {
        List<String> options = List.of(args);
        boolean warmUp = !options.contains("--no-warm-up");
        int builds = args.length > 0 && !args[0].startsWith("--") ? Integer.parseInt(args[0]) : 6;
        long start = System.nanoTime();
        if (warmUp) {
            FuzzyMatcher.warmUpAsync();
        }
        List<Entity> entities = EvalEntities.of(args);
        Cost imported = Cost.now();
        System.out.printf(Locale.ROOT, "import%s: %.2f s, %s%n", warmUp ? "" : " (no warm-up)", (System.nanoTime() - start) / 1e9,
                imported.since(Cost.ZERO));
        for (int b = 1; b <= builds; b++) {
            Cost before = Cost.now();
            long t = System.nanoTime();
            FuzzyMatcher m = new FuzzyMatcher(entities, MatchSettings.DEFAULTS, InterdictV2.NAME);
            double seconds = (System.nanoTime() - t) / 1e9;
            System.out.printf(Locale.ROOT, "build %d: %.2f s, %s, %d groups%n", b, seconds, Cost.now().since(before),
                    m.nameGroups());
        }
    }

    /** The process's CPU, compile and collection times so far, in milliseconds. */
    private record Cost(long cpu, long compile, long gc) {
        static final Cost ZERO = new Cost(0, 0, 0);

        static Cost now() {
            long gc = 0;
            for (GarbageCollectorMXBean c : ManagementFactory.getGarbageCollectorMXBeans()) {
                gc += Math.max(0, c.getCollectionTime());
            }
            CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
            long compile = jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : -1;
            long cpu = ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                    ? os.getProcessCpuTime() / 1_000_000 : -1;
            return new Cost(cpu, compile, gc);
        }

        String since(Cost before) {
            return String.format(Locale.ROOT, "process CPU %.2f s, of it JIT compiling %.2f s, collections %.2f s (pauses)",
                    (cpu - before.cpu) / 1e3, (compile - before.compile) / 1e3, (gc - before.gc) / 1e3);
        }
    }
}
