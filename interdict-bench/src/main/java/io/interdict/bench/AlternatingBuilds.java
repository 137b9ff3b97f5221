package io.interdict.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Two builds of the matcher in one JVM, timed in alternating passes over the same queries: on a machine whose speed
 * drifts by tens of percent from minute to minute (other work shares it), two runs one after the other compare the
 * machine's moments more than the builds. Each build has its own class loader (its classes compiled and profiled apart),
 * builds its index over the bundled lists, and searches a pass of the yente negatives (limit 5, as {@code EvalMain
 * screening}); the two take turns, who goes first alternating, and each pass's thread CPU per query is compared.
 * A benchmark, not a test. Run from the repository root, each build's classpath in a file (':'-separated):
 * <pre>
 *   java -cp interdict-bench/target/classes io.interdict.bench.AlternatingBuilds A.cp B.cp [PASSES [PASS_SIZE [WARM]]]
 * </pre>
 * Defaults: 40 passes of 10,000 queries, the first 10 of them warm-up. Prints each pass and the median of B/A.
 */
public final class AlternatingBuilds {
    private AlternatingBuilds() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: AlternatingBuilds A.cp B.cp [PASSES [PASS_SIZE [WARM]]]");
            System.exit(2);
        }
        int passes = args.length > 2 ? Integer.parseInt(args[2]) : 40;
        int size = args.length > 3 ? Integer.parseInt(args[3]) : 10_000;
        int warm = args.length > 4 ? Integer.parseInt(args[4]) : 10;
        if (warm >= passes) {
            throw new IllegalArgumentException("WARM must be below PASSES");
        }
        List<String> queries = ScreeningEvaluation.names(
                Path.of(EvalMain.EVAL + "yente_screening_benchmark/negatives_50k_negatives_us.csv.gz"), true);
        if (size >= queries.size()) {
            throw new IllegalArgumentException("PASS_SIZE must be below " + queries.size());
        }
        Build[] builds = {new Build(Path.of(args[0])), new Build(Path.of(args[1]))};
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[][] micros = new double[2][passes];
        for (int p = 0; p < passes; p++) {
            int from = (int) ((long) p * size % (queries.size() - size));
            List<String> pass = queries.subList(from, from + size);
            for (int turn = 0; turn < 2; turn++) {
                int k = p % 2 == 0 ? turn : 1 - turn;
                long cpu = threads.getCurrentThreadCpuTime();
                for (String q : pass) {
                    builds[k].search(q);
                }
                micros[k][p] = (threads.getCurrentThreadCpuTime() - cpu) / 1e3 / size;
            }
            System.out.printf(Locale.ROOT, "pass %d%s: A %.1f us, B %.1f us of CPU per query, B/A %.3f%n", p,
                    p < warm ? " (warm-up)" : "", micros[0][p], micros[1][p], micros[1][p] / micros[0][p]);
        }
        double[] ratios = new double[passes - warm];
        double a = 0;
        double b = 0;
        for (int p = warm; p < passes; p++) {
            ratios[p - warm] = micros[1][p] / micros[0][p];
            a += micros[0][p];
            b += micros[1][p];
        }
        Arrays.sort(ratios);
        System.out.printf(Locale.ROOT, "%d passes after %d of warm-up: A %.1f us, B %.1f us of CPU per query (mean); "
                        + "B/A median %.3f (min %.3f, max %.3f)%n", passes - warm, warm, a / (passes - warm),
                b / (passes - warm), ratios[ratios.length / 2], ratios[0], ratios[ratios.length - 1]);
    }

    /** One build: its classes, its matcher over the bundled lists, and its search method. */
    private static final class Build {
        private final Object matcher;
        private final Method search;

        Build(Path classpathFile) throws Exception {
            List<URL> urls = new ArrayList<>();
            for (String p : Files.readString(classpathFile).trim().split(":")) {
                urls.add(Path.of(p).toAbsolutePath().toUri().toURL());
            }
            ClassLoader loader = new URLClassLoader(urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader());
            List<Object> entities = new ArrayList<>();
            for (Object part : (Iterable<?>) loader.loadClass("io.interdict.lists.BundledLists").getMethod("all").invoke(null)) {
                entities.addAll((Collection<?>) part.getClass().getMethod("entities").invoke(part));
            }
            Class<?> settings = loader.loadClass("io.interdict.core.match.MatchSettings");
            Class<?> fuzzy = loader.loadClass("io.interdict.core.match.fuzzy.FuzzyMatcher");
            matcher = fuzzy.getConstructor(Collection.class, settings, String.class)
                    .newInstance(entities, settings.getField("DEFAULTS").get(null), "interdict-v2");
            search = fuzzy.getMethod("search", String.class, String.class, int.class);
        }

        void search(String name) throws Exception {
            search.invoke(matcher, name, null, 5);
        }
    }
}
