package io.interdict.bench.jmh;

import io.interdict.core.entity.Entity;
import io.interdict.core.match.MatchSettings;
import io.interdict.core.match.fuzzy.FuzzyMatcher;
import io.interdict.core.match.fuzzy.InterdictV1;
import io.interdict.core.match.fuzzy.ScoringName;
import io.interdict.core.match.fuzzy.SearchHit;
import io.interdict.core.names.NamePipeline;
import io.interdict.core.names.Schema;
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
 * JMH benchmarks of the interdict-v1 matcher: the normaliser, one pairwise score, and a name search
 * end to end against every bundled list. Run from the repository root:
 * <pre>
 *   mvn -q install -DskipTests
 *   java -cp "interdict-bench/target/classes:$(cat cp.txt)" org.openjdk.jmh.Main MatcherBenchmark
 * </pre>
 * (cp.txt from {@code mvn dependency:build-classpath -pl interdict-bench -Dmdep.outputFile=cp.txt}). Add
 * {@code -jvmArgsAppend -XX:+UseTransparentHugePages} to measure with the memory setting the launcher gives a server.
 * Not part of the test run.
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.Throughput})
@OutputTimeUnit(TimeUnit.SECONDS)
// Five warm-up iterations: with two, the first measured iteration of searchAllLists still ran at 60-75 % of the later
// ones (2026-12-02: 30,699 / 45,722 / 47,250 ops/s), the optimising compiler still at work.
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
public class MatcherBenchmark {
    static final String[] QUERIES = {
        "Kathryn Barr", "Mahaan Air", "Usama bin Ladin", "Reni Mehdi Klemm", "Banco Nacional de Cuba",
        "Maria Alice Nathan Leão", "ABDULHAI SALEK", "Ingeborg Abrahamsen", "支付宝", "Tik Tok",
    };

    /** The released version and the default one. */
    @org.openjdk.jmh.annotations.Param({"interdict-v1", "interdict-v2"})
    String algorithm;

    /**
     * {@code built}: the index built in memory over the bundled lists; {@code compiled}: the index of
     * the active snapshot (bundled lists reconciled, as `interdict` runs) written by the algorithm's
     * codec and read back, as a process reads it from a compiled snapshot (groups decoded on first use).
     */
    @org.openjdk.jmh.annotations.Param({"built", "compiled"})
    String index;

    FuzzyMatcher matcher;
    ScoringName a;
    ScoringName b;
    int i;

    @Setup(Level.Trial)
    public void setUp() {
        List<Entity> entities = io.interdict.bench.EvalEntities.of();
        matcher = index.equals("compiled") ? compiled(algorithm) : new FuzzyMatcher(entities, MatchSettings.DEFAULTS, algorithm);
        a = ScoringName.of("Usama bin Muhammad bin Awad bin Ladin", Schema.PERSON);
        b = ScoringName.of("Osama bin Laden", Schema.PERSON);
    }

    /** The algorithm's fuzzy matcher as read from a compiled snapshot's section. */
    static FuzzyMatcher compiled(String algorithm) {
        io.interdict.core.snapshot.Snapshot snapshot = io.interdict.lists.Embedded.snapshot();
        io.interdict.core.match.MatcherFactory factory = algorithm.equals(FuzzyMatcher.ALGORITHM) ? FuzzyMatcher.factory()
                : FuzzyMatcher.factoryV2();
        io.interdict.core.match.IndexCodec codec = factory.codec().orElseThrow();
        io.interdict.core.codec.Encoder out = new io.interdict.core.codec.Encoder();
        codec.write(factory.build(snapshot.entities(), MatchSettings.DEFAULTS), snapshot, out);
        io.interdict.core.snapshot.Snapshot read = io.interdict.core.snapshot.SnapshotCodec.read(
                java.nio.ByteBuffer.wrap(io.interdict.core.snapshot.SnapshotCodec.write(snapshot)));
        return (FuzzyMatcher) codec.read(new io.interdict.core.codec.Decoder(java.nio.ByteBuffer.wrap(out.toByteArray())), read,
                MatchSettings.DEFAULTS);
    }

    @Benchmark
    public List<SearchHit> searchAllLists() {
        return matcher.search(QUERIES[i++ % QUERIES.length], null, 5);
    }

    @Benchmark
    public double scorePair() {
        return InterdictV1.value(a, b, null, null);
    }

    @Benchmark
    public Object normalise() {
        return NamePipeline.standard().prepare(QUERIES[i++ % QUERIES.length], Schema.UNKNOWN);
    }
}
