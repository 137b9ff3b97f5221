package io.interdict.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeysAndServeCommandTest {
    static CheckAndMeasuresCommandTest.Run run(String... args) {
        return CheckAndMeasuresCommandTest.run(args);
    }

    @Test
    void keysAreCreatedListedAndRevokedWithoutStoringSecrets(@TempDir Path dir) throws Exception {
        var created = run("keys", "create", "--name", "ci", "--role", "screen,review", "--data-dir", dir.toString());
        assertThat(created.exit()).as(created.err()).isZero();
        String secret = created.out().trim();
        assertThat(secret).startsWith("idk_");
        assertThat(created.err()).contains("screen,review").contains("shown only this once");
        assertThat(Files.readString(dir.resolve("api-keys.json"))).doesNotContain(secret);

        var list = run("keys", "list", "--data-dir", dir.toString());
        assertThat(list.out()).contains("ci").contains("screen,review").doesNotContain(secret);
        String id = list.out().lines().skip(1).findFirst().orElseThrow().split("\\s+")[0];

        assertThat(run("keys", "revoke", id, "--data-dir", dir.toString()).exit()).isZero();
        String row = run("keys", "list", "--data-dir", dir.toString()).out().lines().skip(1).findFirst().orElseThrow();
        assertThat(row.trim()).as("revoked column filled").doesNotEndWith("-");
        assertThat(run("keys", "revoke", id, "--data-dir", dir.toString()).exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(run("keys", "create", "--name", "x", "--role", "root", "--data-dir", dir.toString()).err())
                .contains("unknown role 'root'");
    }

    @Test
    void serveRefusesOpenModeOffLoopback() {
        var r = run("serve", "--host", "0.0.0.0", "--port", "0", "--open-loopback");
        assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("loopback");
    }
}
