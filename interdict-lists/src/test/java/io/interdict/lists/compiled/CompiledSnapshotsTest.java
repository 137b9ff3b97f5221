package io.interdict.lists.compiled;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.core.entity.Entity;
import io.interdict.core.entity.EntityKind;
import io.interdict.core.entity.Name;
import io.interdict.core.match.EntityMatch;
import io.interdict.core.match.MatchSettings;
import io.interdict.core.match.MatcherFactory;
import io.interdict.core.match.Matchers;
import io.interdict.core.snapshot.Snapshot;
import io.interdict.core.snapshot.SourceInfo;
import io.interdict.core.snapshot.SourcePart;
import io.interdict.core.tx.Party;
import io.interdict.regime.RegimeLoader;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The compiled snapshot cache over the built-in regime (small, so compiling is quick): a damaged,
 * stale or foreign file is compiled again with a notice and never answers wrongly; compilers at once
 * compile once.
 */
class CompiledSnapshotsTest {
    static final MatcherFactory MATCHER = Matchers.byName(Matchers.defaultAlgorithm());
    static final MatchSettings SETTINGS = MatchSettings.DEFAULTS;
    /** The algorithm that is not the default: a file may hold its index beside the default's. */
    static final MatcherFactory V1 = Matchers.byName("interdict-v1");

    @TempDir
    Path dir;

    final List<String> notices = new CopyOnWriteArrayList<>();

    /** The regime, plus an extra list part when {@code extra} is given (other inputs, another snapshot). */
    static CompiledSnapshots.Source source(String extra) {
        return new CompiledSnapshots.Source() {
            @Override
            public String fingerprint() {
                return "0123456789abcdef0123456789abcdef-test-" + extra;
            }

            @Override
            public Snapshot snapshot() {
                List<SourcePart> parts = new ArrayList<>(List.of(RegimeLoader.load()));
                if (extra != null) {
                    parts.add(new SourcePart(new SourceInfo("extra", "test", null, null, "sha256:" + extra),
                            List.of(new Entity("extra:1", EntityKind.ORGANIZATION, List.of(Name.primary(extra)), null, null, null,
                                    false, null)), List.of(), List.of()));
                }
                return Snapshot.of(parts);
            }
        };
    }

    CompiledSnapshots cache(String extra) {
        return new CompiledSnapshots(dir, source(extra), notices::add);
    }

    static List<String> answers(CompiledSnapshot c) {
        var m = c.matcher(MATCHER, SETTINGS);
        List<String> out = new ArrayList<>();
        for (String q : List.of("Alipay", "支付宝", "Tencent Holdings", "WeChat Pay", "Huawei", "Camscaner", "nobody at all")) {
            for (EntityMatch e : m.match(new Party("counterparty", q, null, List.of()))) {
                out.add(q + " -> " + e.entityId() + " " + e.score());
            }
        }
        return out;
    }

    Path onlyFile() throws IOException {
        try (var s = Files.list(dir)) {
            List<Path> files = s.filter(p -> p.toString().endsWith(".snap")).toList();
            assertThat(files).hasSize(1);
            return files.get(0);
        }
    }

    @Test
    void theFirstOpenCompilesAndTheNextMapsTheSameSnapshotAndAnswers() {
        CompiledSnapshot first = cache(null).open(MATCHER, SETTINGS);
        assertThat(notices).anyMatch(n -> n.startsWith("compiling"));
        assertThat(first.file()).isNull();   // this process built it
        notices.clear();
        CompiledSnapshot second = cache(null).open(MATCHER, SETTINGS);
        assertThat(notices).isEmpty();
        assertThat(second.file()).isNotNull();
        assertThat(second.snapshot().hash()).isEqualTo(first.snapshot().hash());
        assertThat(new ArrayList<>(second.snapshot().entities())).isEqualTo(new ArrayList<>(first.snapshot().entities()));
        assertThat(new ArrayList<>(second.snapshot().measures())).isEqualTo(new ArrayList<>(first.snapshot().measures()));
        assertThat(answers(second)).isEqualTo(answers(first)).anyMatch(a -> a.startsWith("Alipay -> interdict:app/alipay"));
        assertThat(notices).isEmpty();   // the section was there: nothing built in memory
    }

    @Test
    void aTruncatedFileIsCompiledAgain() throws IOException {
        List<String> expected = answers(cache(null).open(MATCHER, SETTINGS));
        Path f = onlyFile();
        try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
            raf.setLength(raf.length() - 100);
        }
        assertRecompiledWith("truncated", expected);
    }

    @Test
    void aCorruptByteAnywhereIsCaughtByTheChecksum() throws IOException {
        List<String> expected = answers(cache(null).open(MATCHER, SETTINGS));
        Path f = onlyFile();
        byte[] b = Files.readAllBytes(f);
        b[b.length / 2] ^= 0x01;   // one bit, in the middle of some section
        Files.write(f, b);
        assertRecompiledWith("checksum mismatch", expected);
    }

    @Test
    void aFileOfAnotherFormatVersionIsCompiledAgain() throws IOException {
        List<String> expected = answers(cache(null).open(MATCHER, SETTINGS));
        Path f = onlyFile();
        try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
            raf.seek(8);
            raf.write(new byte[] {99, 0, 0, 0});
        }
        assertRecompiledWith("format version 99", expected);
    }

    @Test
    void aStaleFileOfOtherInputsIsCompiledAgainNotUsed() throws IOException {
        List<String> expected = answers(cache(null).open(MATCHER, SETTINGS));
        Path mine = onlyFile();
        cache("Zzyzx Holdings").open(MATCHER, SETTINGS);   // other lists: another snapshot, another file
        Path other;
        try (var s = Files.list(dir)) {
            other = s.filter(p -> p.toString().endsWith(".snap") && !p.equals(mine)).findFirst().orElseThrow();
        }
        Files.copy(other, mine, java.nio.file.StandardCopyOption.REPLACE_EXISTING);   // valid file, wrong snapshot
        notices.clear();
        CompiledSnapshot c = cache(null).open(MATCHER, SETTINGS);
        assertThat(notices).anyMatch(n -> n.contains("stale") && n.contains("compiling it again"));
        assertThat(answers(c)).isEqualTo(expected);
        assertThat(c.snapshot().entity("extra:1")).isEmpty();
    }

    @Test
    void aFileWithoutTheMatchersSectionGetsItAddedOnceAndKeepsTheOthers() {
        cache(null).open(Matchers.byName("exact-v1"), SETTINGS);   // compiled with exact-v1's section only
        notices.clear();
        CompiledSnapshot c = cache(null).open(MATCHER, SETTINGS);
        assertThat(notices).isEmpty();   // opening alone (a command that uses no name index) adds nothing
        assertThat(c.file().has(MATCHER.codec().orElseThrow().section())).isFalse();
        List<String> got = answers(c);
        assertThat(notices).anyMatch(n -> n.contains("no index for " + MATCHER.algorithm()) && n.contains("adding it"));
        notices.clear();
        CompiledSnapshot again = cache(null).open(MATCHER, SETTINGS);
        assertThat(again.file().sectionKeys()).contains(MATCHER.codec().orElseThrow().section(),
                Matchers.byName("exact-v1").codec().orElseThrow().section());
        assertThat(answers(again)).isEqualTo(got);
        cache(null).open(Matchers.byName("exact-v1"), SETTINGS);
        assertThat(notices).isEmpty();   // both indexes were in the file: nothing compiled or built
        assertThat(got).isEqualTo(answers(new CompiledSnapshots(dir.resolve("fresh"), source(null), notices::add).open(MATCHER, SETTINGS)));
    }

    @Test
    void interdictV2IsCompiledToo() {
        MatcherFactory v2 = Matchers.byName("interdict-v2");
        CompiledSnapshot first = cache(null).open(v2, SETTINGS);
        notices.clear();
        CompiledSnapshot mapped = cache(null).open(v2, SETTINGS);
        assertThat(mapped.file()).isNotNull();
        assertThat(mapped.file().sectionKeys()).contains(v2.codec().orElseThrow().section())
                .doesNotContain(V1.codec().orElseThrow().section());
        List<String> read = new ArrayList<>();
        List<String> built = new ArrayList<>();
        for (String q : List.of("Alipay", "支付宝", "Tencent Holdings", "WeChat Pay", "Huawei", "Camscaner", "nobody at all")) {
            Party p = new Party("counterparty", q, null, List.of());
            mapped.matcher(v2, SETTINGS).match(p).forEach(e -> read.add(q + " -> " + e.entityId() + " " + e.score() + " " + e.features()));
            first.matcher(v2, SETTINGS).match(p).forEach(e -> built.add(q + " -> " + e.entityId() + " " + e.score() + " " + e.features()));
        }
        assertThat(read).isEqualTo(built).anyMatch(a -> a.startsWith("Alipay -> interdict:app/alipay"));
        assertThat(notices).isEmpty();   // read from its section, not built in memory
    }

    @Test
    void anIdentifierAloneIsMatchedWithoutReadingTheNameIndex() {
        cache(null).open(MATCHER, SETTINGS);
        CompiledSnapshot c = cache(null).open(MATCHER, SETTINGS);
        var lazy = (LazyMatcher) c.lazyMatcher(MATCHER, SETTINGS);
        var byId = lazy.match(new Party("counterparty", null, null, List.of(io.interdict.core.entity.Identifier.parse("android:com.tencent.mm"))));
        assertThat(byId).extracting(EntityMatch::entityId).isNotEmpty();
        assertThat(lazy).extracting("full").isNull();
        var full = c.matcher(MATCHER, SETTINGS).match(new Party("counterparty", null, null,
                List.of(io.interdict.core.entity.Identifier.parse("android:com.tencent.mm"))));
        assertThat(byId).isEqualTo(full);
    }

    @Test
    void twoThreadsAddingTheSameIndexAtOnceAddItOnceAndAnswerAlike() throws Exception {
        MatcherFactory v2 = Matchers.byName("interdict-v2");
        cache(null).open(V1, SETTINGS);   // a file with interdict-v1's index only
        CompiledSnapshot a = cache(null).open(v2, SETTINGS);
        CompiledSnapshot b = cache(null).open(v2, SETTINGS);
        notices.clear();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<List<String>>> fs = new ArrayList<>();
            for (CompiledSnapshot c : List.of(a, b)) {
                fs.add(pool.submit(() -> {
                    go.await();
                    List<String> out = new ArrayList<>();
                    for (EntityMatch e : c.matcher(v2, SETTINGS).match(new Party("counterparty", "Alipay", null, List.of()))) {
                        out.add(e.entityId() + " " + e.score());
                    }
                    return out;
                }));
            }
            go.countDown();
            assertThat(fs.get(0).get()).isEqualTo(fs.get(1).get()).isNotEmpty();
        } finally {
            pool.shutdownNow();
        }
        assertThat(notices.stream().filter(n -> n.contains("adding it"))).hasSize(1);
        notices.clear();
        CompiledSnapshot again = cache(null).open(v2, SETTINGS);
        again.matcher(v2, SETTINGS);
        assertThat(notices).isEmpty();   // the file is whole and holds both indexes
        assertThat(again.file().sectionKeys()).contains(v2.codec().orElseThrow().section(), V1.codec().orElseThrow().section());
    }

    @Test
    void twoCompilersAtOnceCompileOnceAndBothGetTheSnapshot() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<CompiledSnapshot>> fs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                fs.add(pool.submit(() -> {
                    go.await();
                    return cache(null).open(MATCHER, SETTINGS);
                }));
            }
            go.countDown();
            CompiledSnapshot a = fs.get(0).get();
            CompiledSnapshot b = fs.get(1).get();
            assertThat(a.snapshot().hash()).isEqualTo(b.snapshot().hash());
            assertThat(notices.stream().filter(n -> n.startsWith("compiling"))).hasSize(1);
            assertThat(answers(a)).isEqualTo(answers(b));
        } finally {
            pool.shutdownNow();
        }
        notices.clear();
        cache(null).open(MATCHER, SETTINGS);
        assertThat(notices).isEmpty();   // the file they left is whole
    }

    @Test
    void twoProcessesCompilingAtOnceLeaveOneWholeFile() throws Exception {
        List<Process> ps = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            ps.add(new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), CompileMain.class.getName(), dir.toString())
                    .redirectErrorStream(true).start());
        }
        List<String> hashes = new ArrayList<>();
        for (Process p : ps) {
            String out = new String(p.getInputStream().readAllBytes());
            assertThat(p.waitFor()).as(out).isZero();
            hashes.add(out.lines().filter(l -> l.startsWith("snapshot ")).findFirst().orElseThrow());
        }
        assertThat(hashes.get(0)).isEqualTo(hashes.get(1));
        notices.clear();
        CompiledSnapshot c = cache(null).open(MATCHER, SETTINGS);
        assertThat(notices).isEmpty();
        assertThat("snapshot " + c.snapshot().hash()).isEqualTo(hashes.get(0));
    }

    /** A separate process that opens (and so compiles) the regime's snapshot in the folder it is given. */
    public static final class CompileMain {
        public static void main(String[] args) {
            CompiledSnapshot c = new CompiledSnapshots(Path.of(args[0]), source(null), m -> System.out.println("notice " + m))
                    .open(MATCHER, SETTINGS);
            System.out.println("snapshot " + c.snapshot().hash());
        }
    }

    private void assertRecompiledWith(String reason, List<String> expected) {
        notices.clear();
        CompiledSnapshot c = cache(null).open(MATCHER, SETTINGS);
        assertThat(notices).anyMatch(n -> n.contains(reason) && n.contains("compiling it again"));
        assertThat(answers(c)).isEqualTo(expected);
        notices.clear();
        assertThat(answers(cache(null).open(MATCHER, SETTINGS))).isEqualTo(expected);
        assertThat(notices).isEmpty();   // and the file is whole again
    }
}
