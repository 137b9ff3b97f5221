package io.interdict.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.store.db.Database;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Regimes users own: the example overlay under examples/ through the commands that load it. */
class RegimeOverlayCommandsTest {
    static final Path EXAMPLE = Path.of("..", "examples", "regime-overlay");

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine(args);
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    /** Runs through Main.run, whose store commands print to System.out. */
    private static String runMain(int expectedExit, String... args) {
        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            int rc = Main.run(args);
            System.out.flush();
            String out = buf.toString(StandardCharsets.UTF_8);
            assertThat(rc).as("exit of %s: %s", List.of(args), out).isEqualTo(expectedExit);
            return out;
        } finally {
            System.setOut(old);
        }
    }

    private Path copyOfExample() throws IOException {
        Path to = dir.resolve("overlay");
        try (Stream<Path> files = Files.walk(EXAMPLE)) {
            for (Path f : files.toList()) {
                Path t = to.resolve(EXAMPLE.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(f, t);
                }
            }
        }
        return to;
    }

    @Test
    void validateAcceptsTheExampleAndNamesFileLineAndFieldOfEachProblem() throws IOException {
        Run ok = run("regime", "validate", EXAMPLE.toString());
        assertThat(ok.exit()).as(ok.err()).isZero();
        assertThat(ok.out()).contains("valid: 1 overlay(s) [regime-overlay:regime-overlay]; 1 new measure(s), 1 new entity, 3 event(s)")
                .contains("regime version sha256:");
        Path broken = copyOfExample();
        Path events = broken.resolve("events/us-bis-entity-list.yaml");
        Files.writeString(events, Files.readString(events).replace("clauses: [affiliates-rule]", "clauses: [affiliate-rule]"));
        Run bad = run("regime", "validate", broken.toString());
        assertThat(bad.exit()).isEqualTo(ExitCodes.INPUT_ERRORS);
        assertThat(bad.err()).contains(broken + "/events/us-bis-entity-list.yaml:4: events[0].clauses: unknown clause or obligation 'affiliate-rule' of us-bis-entity-list");
    }

    @Test
    void anOverlayChangesDecisionsAndTheSnapshotId() {
        String[] check = {"check", "Huawei Technologies", "--kind", "service_contract", "--jurisdiction", "GB", "--date", "2026-12-01", "--json"};
        Run without = run(check);
        String[] withArgs = Stream.concat(Stream.of(check), Stream.of("--regime", EXAMPLE.toString())).toArray(String[]::new);
        Run with = run(withArgs);
        assertThat(without.out()).doesNotContain("acme-policy-no-huawei-services").contains("\"outcome\":\"ALLOW\"");
        assertThat(with.out()).contains("\"measure\":\"acme-policy-no-huawei-services\"").contains("\"outcome\":\"BLOCK\"");
        assertThat(snapshot(with.out())).isNotEqualTo(snapshot(without.out()));
        // The day before the policy takes effect: a pending notice only.
        Run before = run("check", "Huawei Technologies", "--kind", "service_contract", "--jurisdiction", "GB", "--date", "2026-11-30",
                "--json", "--regime", EXAMPLE.toString());
        assertThat(before.out()).contains("\"status\":\"pending\"").contains("\"outcome\":\"ALLOW\"");

        // The injunction on a built-in clause: an export to a 60% Huawei-owned company is allowed while enjoined.
        Run enjoined = run("check", "Example Huawei Affiliate Ltd", "--kind", "export", "--jurisdiction", "US", "--date", "2026-12-01",
                "--json", "--regime", EXAMPLE.toString());
        assertThat(enjoined.out()).contains("\"clause\":\"affiliates-rule\"").contains("\"status\":\"enjoined\"");
    }

    private static String snapshot(String json) {
        int i = json.indexOf("\"snapshot\":\"");
        return json.substring(i, json.indexOf('"', i + 12));
    }

    @Test
    void showAndChangedSinceIncludeTheOverlayEventsWithTheirSources() {
        Run show = run("regime", "show", "us-bis-entity-list", "--regime", EXAMPLE.toString());
        assertThat(show.exit()).isZero();
        assertThat(show.out()).contains("2026-11-30  enjoined covers 2026-11-30.. clauses [affiliates-rule]").contains("[overlay]")
                .contains("source: Example v. BIS, order of 2026-11-30").contains("2019-05-16  effective");
        Run changed = run("measures", "--date", "2026-12-01", "--changed-since", "2026-11-30", "--regime", EXAMPLE.toString());
        assertThat(changed.out()).contains("us-bis-entity-list").contains("acme-policy-no-huawei-services")
                .contains("changed 2026-11-30: enjoined").doesNotContain("us-eo-13971");
        assertThat(run("regime", "show", "no-such-measure").exit()).isEqualTo(ExitCodes.FAILURE);
    }

    @Test
    void replayReloadsTheSameOverlaysOrSaysWhichOneIsMissing() throws Exception {
        String data = dir.resolve("store").toString();
        Path in = dir.resolve("in.jsonl");
        Files.writeString(in, "{\"id\":\"a\",\"date\":\"2026-12-01\",\"kind\":\"service_contract\",\"jurisdiction\":\"GB\","
                + "\"parties\":[{\"name\":\"Huawei Technologies\"}]}\n");
        runMain(ExitCodes.OK, "screen", in.toString(), "-o", dir.resolve("o").toString(), "-q", "--record", "--data-dir", data,
                "--regime", EXAMPLE.toString());
        assertThat(Files.readString(dir.resolve("o"))).contains("acme-policy-no-huawei-services");
        assertThat(runMain(ExitCodes.OK, "replay", "a", "--data-dir", data, "--regime", EXAMPLE.toString()))
                .contains("AGREES").contains("is the active one");
        // Without the overlay the retained copy still replays exactly.
        assertThat(runMain(ExitCodes.OK, "replay", "a", "--data-dir", data)).contains("restored from the store").contains("AGREES");
        // Without the overlay and without the copy: refused as inexact, naming the overlay.
        try (Connection c = Database.sqlite(dir.resolve("store")).connect(); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE snapshots SET content = NULL");
        }
        assertThat(runMain(ExitCodes.DIFFERS, "replay", "a", "--data-dir", data)).contains("CANNOT BE REPRODUCED EXACTLY")
                .contains("regime-overlay:regime-overlay no longer loaded");
    }
}
