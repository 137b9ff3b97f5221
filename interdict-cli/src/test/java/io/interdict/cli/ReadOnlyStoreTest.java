package io.interdict.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Item 18 of issue 14, and its class: no command that only reads or reviews what is stored ever
 * creates a store; each names the path it looked at and fails.
 */
class ReadOnlyStoreTest {
    @TempDir
    Path dir;

    static List<List<String>> readers() {
        return List.of(List.of("audit", "verify"), List.of("audit", "show", "1"), List.of("audit", "snapshots"),
                List.of("alerts", "list"), List.of("alerts", "show", "1"), List.of("alerts", "approve", "1"),
                List.of("replay", "1"), List.of("suppress", "list"), List.of("suppress", "revoke", "1"),
                List.of("monitor", "list"), List.of("monitor", "remove", "x"), List.of("rescreen"));
    }

    @ParameterizedTest
    @MethodSource("readers")
    void aMistypedDataDirIsAnErrorNamingThePathAndCreatesNothing(List<String> command) {
        Path missing = dir.resolve("mistyped-dir");
        String[] args = new String[command.size() + 2];
        for (int i = 0; i < command.size(); i++) {
            args[i] = command.get(i);
        }
        args[command.size()] = "--data-dir";
        args[command.size() + 1] = missing.toString();

        PrintStream oldErr = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        int rc;
        try {
            rc = Main.run(args);
        } finally {
            System.setErr(oldErr);
        }
        assertThat(rc).isEqualTo(ExitCodes.FAILURE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no Interdict store at").contains(missing.toString());
        assertThat(Files.exists(missing)).isFalse();
    }
}
