package io.interdict.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.store.audit.AuditLog;
import io.interdict.store.db.Database;
import java.io.BufferedWriter;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Durability of `screen --record`: a batch of 200,000 transactions (override with
 * -Dinterdict.crash.count=N) is screened by a real child JVM, killed with SIGKILL
 * (destroyForcibly) at a random point, and run again on the same file. The store must then hold each
 * decision exactly once, with an intact audit chain that an edited row breaks.
 *
 * <p>Tagged: it takes minutes, so the default build skips it; run it with scripts/crash-test.
 */
@Tag("crash")
class CrashResumeTest {
    static final int COUNT = Integer.getInteger("interdict.crash.count", 200_000);
    static final String[] LISTED = {"MAHAN AIR", "Alipay", "Huawei Technologies Co., Ltd.", "IRAN AIR"};

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void aKilledBatchResumesWithoutLosingOrDuplicatingDecisions(String kind) throws Exception {
        String url = kind.equals("sqlite") ? "jdbc:sqlite:" + dir.resolve("crash.db") : pgSchemaUrl();
        Path in = dir.resolve("tx.jsonl");
        try (BufferedWriter w = Files.newBufferedWriter(in, StandardCharsets.UTF_8)) {
            for (int i = 0; i < COUNT; i++) {
                // One in a thousand names a listed party, so alerts are opened along the way too.
                String name = i % 1000 == 0 ? LISTED[(i / 1000) % LISTED.length] : "Customer " + i + " Trading Ltd";
                w.write("{\"id\":\"tx-" + i + "\",\"date\":\"2024-06-01\",\"kind\":\"payment\",\"jurisdiction\":\"US\","
                        + "\"parties\":[{\"name\":\"" + name + "\",\"country\":\"DE\"}],\"amount\":\"10.00\",\"currency\":\"USD\"}\n");
            }
        }
        Database db = Database.open(url);
        long killAt = COUNT / 10 + new Random().nextInt(COUNT * 6 / 10);

        Process first = child(in, url, "first");
        long before = -1;
        while (first.isAlive()) {
            before = count(db);
            if (before >= killAt) {
                first.destroyForcibly();    // SIGKILL: no shutdown hooks, no final flush
                break;
            }
            Thread.sleep(100);
        }
        first.waitFor(60, TimeUnit.SECONDS);
        long afterKill = count(db);
        System.out.printf("%s: killed at %,d stored decisions (target %,d) of %,d%n", kind, afterKill, killAt, COUNT);
        assertThat(afterKill).as("the child must be killed mid-way").isLessThan(COUNT).isGreaterThan(0);

        Process second = child(in, url, "second");
        assertThat(second.waitFor(30, TimeUnit.MINUTES)).isTrue();
        assertThat(second.exitValue()).as(Files.readString(dir.resolve("second.err"))).isZero();
        System.out.println(kind + ": restart: " + Files.readString(dir.resolve("second.err")).lines()
                .filter(l -> l.contains("recorded")).findFirst().orElse("?"));

        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            assertThat(one(s, "SELECT COUNT(*) FROM decisions")).isEqualTo(COUNT);
            assertThat(one(s, "SELECT COUNT(DISTINCT tx_key) FROM decisions")).isEqualTo(COUNT);
            assertThat(one(s, "SELECT MAX(seq) FROM decisions")).isEqualTo(COUNT);
            assertThat(one(s, "SELECT COUNT(*) FROM alerts")).isEqualTo(one(s, "SELECT COUNT(*) FROM decisions WHERE outcome IN ('BLOCK', 'REVIEW')"));
            assertThat(one(s, "SELECT COUNT(*) FROM alerts")).isGreaterThan(0);
        }
        AuditLog.Verification v = new AuditLog(db, Clock.systemUTC()).verify();
        assertThat(v.problems()).isEmpty();
        assertThat(v.checked()).isEqualTo(COUNT);
        assertThat(Main.run("audit", "verify", "--db-url", url)).isEqualTo(ExitCodes.OK);

        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE decisions SET caller = 'mallory' WHERE seq = " + (COUNT / 2));
        }
        assertThat(Main.run("audit", "verify", "--db-url", url)).isEqualTo(ExitCodes.DIFFERS);
    }

    private Process child(Path in, String url, String name) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = List.of(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "screen", in.toString(), "--record", "--db-url", url, "-o", dir.resolve(name + ".out").toString());
        return new ProcessBuilder(cmd).redirectError(dir.resolve(name + ".err").toFile())
                .redirectOutput(new File(dir.resolve(name + ".stdout").toString())).start();
    }

    private static long count(Database db) throws Exception {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            return one(s, "SELECT COUNT(*) FROM decisions");
        }
    }

    private static long one(Statement s, String sql) throws Exception {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** A fresh schema in the test PostgreSQL; fails under CI, skips locally, when there is none. */
    private static String pgSchemaUrl() throws Exception {
        String base = System.getenv("INTERDICT_TEST_PG_URL");
        String problem = null;
        if (base == null || base.isBlank()) {
            problem = "INTERDICT_TEST_PG_URL is not set (export INTERDICT_TEST_PG_URL=\"$(scripts/postgres)\")";
        } else {
            try (Connection c = DriverManager.getConnection(base)) {
                c.isValid(5);
            } catch (Exception e) {
                problem = "PostgreSQL unreachable: " + e.getMessage();
            }
        }
        if (problem != null) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail("CI=true and " + problem);
            }
            Assumptions.abort(problem);
        }
        String schema = "crash_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(base); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        return base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }
}
