package io.interdict.bench;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Two builds' single-thread search speed, side by side in one process: each build's classes in a class loader of its
 * own, each with its own index of the embedded snapshot (the product's entities, as {@link EvalEntities} gives them),
 * searched in turn in short slices (A then B, then B then A), so that the minutes a shared machine runs slow fall on
 * both builds alike. A difference of a few per cent, lost in the noise
 * between two runs of {@code EvalMain screening} minutes apart (their rounds differ by up to 40 % on this machine), shows
 * here as the ratio of the two builds' times, slice by slice. The queries are the screening negatives (as {@code
 * EvalMain screening} reads them), all of them or those of one script. A benchmark, not a test: nothing is asserted.
 * <pre>
 *   java -Xmx4g -cp interdict-bench/target/classes io.interdict.bench.BuildsCompared CP_A CP_B [SCRIPT] [SLICE_SECONDS] [SLICES]
 * </pre>
 * CP_A and CP_B: each build's class path ({@code interdict-bench/target/classes:interdict-cli/target/interdict.jar} of
 * its tree); SCRIPT: ALL (default) or one of {@link ScreeningEvaluation#script}'s names (LATIN, HAN, HANGUL...);
 * SLICE_SECONDS: 3 by default; SLICES: 10 by default. {@code scripts/bench-compare} builds two commits and runs this.
 */
public final class BuildsCompared {
    private BuildsCompared() {
    }

    /** One build: its matcher of the embedded snapshot and the queries, searched round and round. */
    private static final class Build {
        final String label;
        final Object matcher;
        final Method search;
        final List<String> queries;
        int next;
        long searched;
        long nanos;

        Build(String label, String classPath, List<String> queries) throws ReflectiveOperationException, IOException {
            this.label = label;
            this.queries = queries;
            List<URL> urls = new ArrayList<>();
            for (String p : classPath.split(java.io.File.pathSeparator)) {
                if (!p.isBlank()) {
                    urls.add(Path.of(p).toUri().toURL());
                }
            }
            // The platform loader as parent: nothing of this process's own interdict classes is shared with the build.
            ClassLoader loader = new URLClassLoader(urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader());
            // The product's entities, as EvalEntities gives them: the embedded snapshot's, as each build assembles it.
            Object snapshot = loader.loadClass("io.interdict.lists.Embedded").getMethod("snapshot").invoke(null);
            List<Object> entities = new ArrayList<>(
                    (Collection<?>) snapshot.getClass().getMethod("entities").invoke(snapshot));
            Object settings = loader.loadClass("io.interdict.core.match.MatchSettings").getField("DEFAULTS").get(null);
            Class<?> matcherClass = loader.loadClass("io.interdict.core.match.fuzzy.FuzzyMatcher");
            String v2 = (String) loader.loadClass("io.interdict.core.match.fuzzy.InterdictV2").getField("NAME").get(null);
            Constructor<?> make = matcherClass.getConstructor(Collection.class,
                    loader.loadClass("io.interdict.core.match.MatchSettings"), String.class);
            matcher = make.newInstance(entities, settings, v2);
            search = matcherClass.getMethod("search", String.class, String.class, int.class);
        }

        /** Searches for {@code seconds}, whole batches of 200 queries; counted when {@code count}. */
        void run(double seconds, boolean count) throws ReflectiveOperationException {
            long start = System.nanoTime();
            long end = start + (long) (seconds * 1e9);
            long n = 0;
            while (System.nanoTime() < end) {
                for (int i = 0; i < 200; i++) {
                    search.invoke(matcher, queries.get(next), null, 5);
                    next = next + 1 == queries.size() ? 0 : next + 1;
                    n++;
                }
            }
            if (count) {
                searched += n;
                nanos += System.nanoTime() - start;
            }
        }

        double microsPerQuery() {
            return nanos / 1e3 / searched;
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: BuildsCompared CP_A CP_B [SCRIPT] [SLICE_SECONDS] [SLICES]");
            System.exit(2);
        }
        String script = args.length > 2 ? args[2].toUpperCase(Locale.ROOT) : "ALL";
        double slice = args.length > 3 ? Double.parseDouble(args[3]) : 3.0;
        int slices = args.length > 4 ? Integer.parseInt(args[4]) : 10;
        List<String> queries = new ArrayList<>();
        for (String q : ScreeningEvaluation.names(Path.of(ScreeningEvaluation.YENTE + "negatives_50k_negatives_us.csv.gz"), true)) {
            if (script.equals("ALL") || ScreeningEvaluation.script(q).toUpperCase(Locale.ROOT).equals(script)) {
                queries.add(q);
            }
        }
        if (queries.isEmpty()) {
            System.err.println("BuildsCompared: no screening query is written in " + script);
            System.exit(2);
        }
        Build a;
        Build b;
        try {
            a = new Build("A", args[0], queries);
            b = new Build("B", args[1], queries);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("a build could not be loaded", e.getCause());
        }
        System.out.printf(Locale.ROOT, "%d queries (%s), slices of %.1f s%n", queries.size(), script, slice);
        for (int w = 0; w < 3; w++) {   // until the compilers are done with both
            a.run(2 * slice, false);
            b.run(2 * slice, false);
        }
        double[] ratios = new double[slices];
        for (int s = 0; s < slices; s++) {
            long an = a.searched;
            long at = a.nanos;
            long bn = b.searched;
            long bt = b.nanos;
            Build first = s % 2 == 0 ? a : b;
            Build second = first == a ? b : a;
            first.run(slice, true);
            second.run(slice, true);
            double ax = (a.nanos - at) / 1e3 / (a.searched - an);
            double bx = (b.nanos - bt) / 1e3 / (b.searched - bn);
            ratios[s] = bx / ax;
            System.out.printf(Locale.ROOT, "slice %2d: A %.1f us/query, B %.1f us/query, B/A %.3f%n", s + 1, ax, bx, ratios[s]);
        }
        Arrays.sort(ratios);
        System.out.printf(Locale.ROOT, "A %.2f us/query, B %.2f us/query: B/A %.3f overall, median slice %.3f (slices %.3f-%.3f)%n",
                a.microsPerQuery(), b.microsPerQuery(), b.microsPerQuery() / a.microsPerQuery(), ratios[slices / 2],
                ratios[0], ratios[slices - 1]);
    }
}
