package io.interdict.bench.jmh;

import io.interdict.cli.Main;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code interdict match} end to end, in-process (everything but the JVM's start): configuration,
 * the active snapshot (bundled lists, imported once per process), the candidate index built for the
 * command, the searches and the JSON Lines written to a file. One name, and a file of 1,000 names.
 * Run as {@link MatcherBenchmark} describes, with {@code MatchCommandBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
public class MatchCommandBenchmark {
    Path dir;
    Path names;
    Path out;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        dir = Files.createTempDirectory("interdict-match-bench");
        names = dir.resolve("names.csv");
        out = dir.resolve("out.jsonl");
        StringBuilder csv = new StringBuilder("name\n");
        for (int i = 0; i < 1000; i++) {
            csv.append(MatcherBenchmark.QUERIES[i % MatcherBenchmark.QUERIES.length]).append(' ').append(i % 37 == 0 ? "" : "x" + i % 10).append('\n');
        }
        Files.writeString(names, csv, StandardCharsets.UTF_8);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        Files.deleteIfExists(names);
        Files.deleteIfExists(out);
        Files.deleteIfExists(dir);
    }

    @Benchmark
    public int oneName() {
        return check(Main.run("match", "Mahaan Air", "--lists-dir", dir.resolve("none").toString(), "-o", out.toString()));
    }

    @Benchmark
    public int thousandNames() {
        return check(Main.run("match", "--input", names.toString(), "--lists-dir", dir.resolve("none").toString(),
                "-o", out.toString()));
    }

    private static int check(int exit) {
        if (exit != 0) {
            throw new IllegalStateException("interdict match exited " + exit);
        }
        return exit;
    }
}
