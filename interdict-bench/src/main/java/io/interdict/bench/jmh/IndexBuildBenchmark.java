package io.interdict.bench.jmh;

import io.interdict.core.entity.Entity;
import io.interdict.core.match.MatchSettings;
import io.interdict.core.match.fuzzy.FuzzyMatcher;
import io.interdict.core.match.fuzzy.InterdictV2;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH benchmarks of building the interdict-v2 index over every bundled list (issue 11: under 3 s), each build timed
 * once ({@link Mode#SingleShotTime}), as a process builds it:
 * <ul>
 *   <li>{@link #firstBuild}: the first build of a fresh JVM, right after the lists were imported (with {@link
 *       FuzzyMatcher#warmUpAsync()} meanwhile, as {@code Embedded} and {@code EvalMain screening} import them): one
 *       build per fork, in five forks. Most of its CPU goes to the JIT compilers ({@code io.interdict.bench.BuildProfile}
 *       says how much).</li>
 *   <li>{@link #firstBuildAsListsCompile}: the same first build in a JVM with the options the launcher gives {@code
 *       interdict lists compile|update|import} ({@link #LISTS_COMPILE}, the commands that compile the snapshot when the
 *       lists change): the client compiler only, the throughput collector. Without the optimising compiler's threads
 *       the build has both cores of a small machine to itself.</li>
 *   <li>{@link #rebuild}: a build in a process that has built the index before, as a list update rebuilds it in a
 *       running server: five builds not timed, then five timed, in two forks.</li>
 * </ul>
 * {@code scripts/bench-build} measures the same builds with the options the launcher prints for each command
 * (huge pages included where the kernel offers them), alternated.
 * Run from the repository root (cp.txt as for {@link MatcherBenchmark}):
 * <pre>
 *   java -cp "interdict-bench/target/classes:$(cat cp.txt)" org.openjdk.jmh.Main IndexBuildBenchmark
 * </pre>
 * Not part of the test run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class IndexBuildBenchmark {
    List<Entity> entities;

    @Setup(Level.Trial)
    public void importLists() {
        FuzzyMatcher.warmUpAsync();
        entities = io.interdict.bench.EvalEntities.of();
    }

    @Benchmark
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    @Fork(value = 5, jvmArgs = {"-Xmx2g"})
    public FuzzyMatcher firstBuild() {
        return new FuzzyMatcher(entities, MatchSettings.DEFAULTS, InterdictV2.NAME);
    }

    /** The JVM options {@code ./interdict lists compile} runs with (INTERDICT_PRINT_JVM_OPTIONS=1 prints them), but
     *  transparent huge pages, which it asks for only where the kernel offers them on request; a test keeps the two
     *  alike. */
    public static final String[] LISTS_COMPILE = {Options.CLIENT_COMPILER, Options.THROUGHPUT_COLLECTOR};

    /** {@link #LISTS_COMPILE}'s options one by one, as an annotation can name them. */
    static final class Options {
        static final String CLIENT_COMPILER = "-XX:TieredStopAtLevel=1";
        static final String THROUGHPUT_COLLECTOR = "-XX:+UseParallelGC";

        private Options() {
        }
    }

    @Benchmark
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    @Fork(value = 5, jvmArgs = {"-Xmx2g"}, jvmArgsAppend = {Options.CLIENT_COMPILER, Options.THROUGHPUT_COLLECTOR})
    public FuzzyMatcher firstBuildAsListsCompile() {
        return new FuzzyMatcher(entities, MatchSettings.DEFAULTS, InterdictV2.NAME);
    }

    @Benchmark
    @Warmup(iterations = 5)
    @Measurement(iterations = 5)
    @Fork(value = 2, jvmArgs = {"-Xmx2g"})
    public FuzzyMatcher rebuild() {
        return new FuzzyMatcher(entities, MatchSettings.DEFAULTS, InterdictV2.NAME);
    }
}
