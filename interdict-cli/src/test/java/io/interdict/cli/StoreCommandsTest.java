package io.interdict.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.lists.Embedded;
import io.interdict.store.audit.AuditLog;
import io.interdict.store.db.Database;
import io.interdict.store.review.Alert;
import io.interdict.store.review.ReviewService;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store commands end to end, on the SQLite store under --data-dir. */
class StoreCommandsTest {
    @TempDir
    Path dir;

    static final String TX = "{\"id\":\"%s\",\"date\":\"2024-06-01\",\"kind\":\"payment\",\"jurisdiction\":\"US\",\"parties\":[{\"name\":\"%s\"}]}\n";

    private String run(int expectedExit, String... args) {
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

    /** Creates an API key in the store's folder and returns its secret. */
    private String key(String name, String role) {
        return run(ExitCodes.OK, "keys", "create", "--name", name, "--role", role, "--data-dir", data()).trim();
    }

    private String data() {
        return dir.resolve("store").toString();
    }

    @Test
    void recordedBatchIsStoredOnceVerifiedReplayedAndReviewed() throws Exception {
        Path in = dir.resolve("in.jsonl");
        Files.writeString(in, String.format(TX, "a", "MAHAN AIR") + String.format(TX, "b", "Microsoft Corporation") + "{bad\n");
        Path out = dir.resolve("out.jsonl");
        for (int i = 0; i < 2; i++) {
            run(ExitCodes.INPUT_ERRORS, "screen", in.toString(), "-o", out.toString(), "-q", "--record", "--data-dir", data());
        }
        Database db = Database.sqlite(dir.resolve("store"));
        AuditLog log = new AuditLog(db, Clock.systemUTC());
        assertThat(log.count()).isEqualTo(3);
        // Without a key, the caller is the operating-system account, said to be so.
        assertThat(log.find("a").orElseThrow().caller()).isEqualTo(io.interdict.store.review.Identity.osUser().recorded())
                .endsWith(" (os user)");
        assertThat(run(ExitCodes.OK, "audit", "verify", "--data-dir", data())).contains("intact: 3 record(s)");
        assertThat(run(ExitCodes.OK, "replay", "a", "--data-dir", data())).contains("AGREES").contains("is the active one");
        assertThat(run(ExitCodes.OK, "audit", "snapshots", "--data-dir", data())).contains(Embedded.snapshot().hash()).contains("retained");

        // The BLOCK on MAHAN AIR opened an alert; clearing it takes two people.
        assertThat(run(ExitCodes.OK, "alerts", "list", "--data-dir", data())).contains("BLOCK").contains(" a");
        long alert = new ReviewService(db, Clock.systemUTC()).list(ReviewService.Filter.all()).get(0).id();
        String id = Long.toString(alert);
        String lead = key("lead", "review");
        String bob = key("bob", "review");
        String bobAgain = key("bob", "admin");
        String carol = key("carol", "review");
        run(ExitCodes.OK, "alerts", "assign", id, "bob", "--data-dir", data(), "--key", lead);
        run(ExitCodes.OK, "alerts", "comment", id, "looked at it", "--data-dir", data(), "--key", bob);
        assertThat(run(ExitCodes.OK, "alerts", "resolve", id, "false_positive", "--reason", "test fixture", "--data-dir", data(), "--key", bob))
                .contains("PENDING_APPROVAL");
        // Four-eyes by person, not by key or by a declared name.
        run(ExitCodes.FAILURE, "alerts", "approve", id, "--data-dir", data(), "--key", bob);
        run(ExitCodes.FAILURE, "alerts", "approve", id, "--data-dir", data(), "--key", bobAgain);
        run(ExitCodes.FAILURE, "alerts", "approve", id, "--data-dir", data(), "--as", "carol");
        run(ExitCodes.FAILURE, "alerts", "approve", id, "--data-dir", data(), "--key", key("app", "screen"));
        run(ExitCodes.FAILURE, "alerts", "approve", id, "--data-dir", data(), "--key", "idk_not-a-key");
        assertThat(run(ExitCodes.OK, "alerts", "approve", id, "--data-dir", data(), "--key", carol)).contains("CLOSED");
        assertThat(run(ExitCodes.OK, "alerts", "show", id, "--data-dir", data())).contains("assign").contains("approve")
                .contains("carol (key key_");

        // The reviewed false positive becomes a suppression, which screening then honours and explains.
        run(ExitCodes.OK, "suppress", "add", "--alert", id, "--reason", "fixture", "--owner", "compliance",
                "--expires", "2999-01-01", "--data-dir", data(), "--key", carol);
        Path in2 = dir.resolve("in2.jsonl");
        Files.writeString(in2, String.format(TX, "c", "MAHAN AIR"));
        run(ExitCodes.OK, "screen", in2.toString(), "-o", out.toString(), "-q", "--data-dir", data());
        assertThat(Files.readString(out)).contains("\"outcome\":\"ALLOW\"").contains("suppressed by suppression 1");

        // An edited decision breaks the chain.
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE decisions SET outcome = 'ALLOW' WHERE tx_key = 'a'");
        }
        assertThat(run(ExitCodes.DIFFERS, "audit", "verify", "--data-dir", data())).contains("BROKEN").contains("(a)");
    }

    @Test
    void theEmbeddedSnapshotRoundTripsThroughTheArchiveAndReplayNoticesADifferentDecision() throws Exception {
        Path in = dir.resolve("in.jsonl");
        Files.writeString(in, String.format(TX, "a", "MAHAN AIR"));
        run(ExitCodes.OK, "screen", in.toString(), "-o", dir.resolve("o").toString(), "-q", "--record", "--data-dir", data());
        Database db = Database.sqlite(dir.resolve("store"));
        var back = new io.interdict.store.snapshot.SnapshotArchive(db, Clock.systemUTC()).load(Embedded.snapshot().hash()).orElseThrow();
        assertThat(back.hash()).isEqualTo(Embedded.snapshot().hash());
        assertThat(List.copyOf(back.entities())).isEqualTo(List.copyOf(Embedded.snapshot().entities()));
        assertThat(List.copyOf(back.measures())).isEqualTo(List.copyOf(Embedded.snapshot().measures()));
        assertThat(back.relations()).isEqualTo(Embedded.snapshot().relations());

        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            // As if an older engine had allowed it.
            s.executeUpdate("UPDATE decisions SET decision = REPLACE(REPLACE(decision, 'BLOCK', 'ALLOW'), 'in_force', 'pending')");
        }
        assertThat(run(ExitCodes.DIFFERS, "replay", "a", "--data-dir", data())).contains("DIFFERS");
    }

    @Test
    void replayOfADecisionWhoseSnapshotIsGoneSaysItCannotBeReproducedExactly() throws Exception {
        Path in = dir.resolve("in.jsonl");
        Files.writeString(in, String.format(TX, "a", "MAHAN AIR"));
        run(ExitCodes.OK, "screen", in.toString(), "-o", dir.resolve("o").toString(), "-q", "--record", "--data-dir", data());
        Database db = Database.sqlite(dir.resolve("store"));
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            // As if recorded with lists that were since replaced and not retained.
            s.executeUpdate("UPDATE snapshots SET hash = 'sha256:old', content = NULL");
            s.executeUpdate("UPDATE decisions SET snapshot = 'sha256:old'");
        }
        assertThat(run(ExitCodes.OK, "replay", "1", "--data-dir", data())).contains("CANNOT BE REPRODUCED EXACTLY")
                .contains("sha256:old").contains("AGREES (with the active lists");
    }

    @Test
    void screenAsOfARetainedSnapshotAndMonitoring() throws Exception {
        Path in = dir.resolve("in.jsonl");
        Files.writeString(in, String.format(TX, "a", "MAHAN AIR"));
        Path out = dir.resolve("out.jsonl");
        run(ExitCodes.OK, "screen", in.toString(), "-o", out.toString(), "-q", "--record", "--data-dir", data());
        String hash = Embedded.snapshot().hash();
        run(ExitCodes.OK, "screen", in.toString(), "-o", out.toString(), "-q", "--data-dir", data(), "--as-of-snapshot", hash.substring(7, 19));
        assertThat(Files.readString(out)).contains("\"outcome\":\"BLOCK\"").contains(hash);
        run(ExitCodes.FAILURE, "screen", in.toString(), "-o", out.toString(), "-q", "--data-dir", data(), "--as-of-snapshot", "feedbeef");

        run(ExitCodes.OK, "monitor", "add", "c-1", "--name", "MAHAN AIR", "--data-dir", data());
        run(ExitCodes.OK, "monitor", "add", "c-2", "--name", "Microsoft Corporation", "--data-dir", data());
        assertThat(run(ExitCodes.OK, "rescreen", "--date", "2024-06-01", "--data-dir", data()))
                .contains("rescreen full").contains("2 monitored, 2 rescreened, 1 changed outcome, 1 alert(s)");
        assertThat(run(ExitCodes.OK, "rescreen", "--date", "2024-06-01", "--data-dir", data()))
                .contains("rescreen none").contains("0 rescreened");
        assertThat(run(ExitCodes.OK, "monitor", "list", "--data-dir", data())).contains("c-1").contains("BLOCK");
        var alerts = new ReviewService(Database.sqlite(dir.resolve("store")), Clock.systemUTC()).list(ReviewService.Filter.all());
        assertThat(alerts).extracting(Alert::origin).contains("rescreen");
    }
}
