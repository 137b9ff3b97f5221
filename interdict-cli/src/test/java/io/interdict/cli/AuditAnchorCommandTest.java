package io.interdict.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.store.db.Database;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Item 16 of issue 14 from the command line: `audit anchor` and `audit verify --anchor`. */
class AuditAnchorCommandTest {
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

    @Test
    void anAnchorKeptOutsideTheStoreCatchesATailCutWithTheHeadFixed() throws Exception {
        Path in = dir.resolve("in.jsonl");
        Files.writeString(in, String.format(TX, "a", "MAHAN AIR") + String.format(TX, "b", "Microsoft Corporation")
                + String.format(TX, "c", "Someone"));
        String data = dir.resolve("store").toString();
        run(ExitCodes.OK, "screen", in.toString(), "-o", dir.resolve("out.jsonl").toString(), "-q", "--record", "--data-dir", data);
        Path anchor = dir.resolve("anchor.json");
        run(ExitCodes.OK, "audit", "anchor", "-o", anchor.toString(), "--data-dir", data);
        assertThat(Files.readString(anchor)).contains("interdict-audit-anchor/1").contains("\"seq\" : 3");
        assertThat(run(ExitCodes.OK, "audit", "verify", "--anchor", anchor.toString(), "--data-dir", data))
                .contains("intact: 3 record(s)").contains("anchor at record 3");

        Database db = Database.sqlite(dir.resolve("store"));
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM decisions WHERE seq = 3");
            s.executeUpdate("UPDATE audit_head SET seq = 2, hash = (SELECT hash FROM decisions WHERE seq = 2) WHERE id = 1");
        }
        assertThat(run(ExitCodes.OK, "audit", "verify", "--data-dir", data)).contains("intact: 2 record(s)");
        assertThat(run(ExitCodes.DIFFERS, "audit", "verify", "--anchor", anchor.toString(), "--data-dir", data))
                .contains("BROKEN").contains("the anchor holds record 3: records were cut from the end");
        // Nothing to anchor on a broken trail; a wrong anchor file is named.
        Files.writeString(dir.resolve("bad.json"), "{\"format\":\"x\"}");
        run(ExitCodes.FAILURE, "audit", "verify", "--anchor", dir.resolve("bad.json").toString(), "--data-dir", data);
    }
}
