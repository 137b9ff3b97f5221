package io.interdict.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.interdict.config.Config;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** What `serve` does before it is ready: load while binding, migrate the console's store after, warm the archive. */
class ServeStartTest {
    @TempDir
    Path tmp;

    @Test
    void aConsoleStoreThatCannotBeMigratedStopsServeWithTheReason() throws IOException {
        Path store = Files.createDirectories(tmp.resolve("store"));
        Files.writeString(store.resolve("interdict.db"), "not a database, ".repeat(512));
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine("serve");
        cl.setOut(new PrintWriter(new StringWriter()));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute("serve", "--port", "0", "--open-loopback", "--store-dir", store.toString(),
                "--data-dir", tmp.resolve("keys").toString());
        assertThat(exit).as(err.toString()).isEqualTo(ExitCodes.FAILURE);
        assertThat(err.toString()).contains("interdict serve: listening on http://127.0.0.1:")
                .contains("interdict serve: the console's store: cannot migrate the store");
    }

    @Test
    void loadingHandsOverItsResultOrItsFailureAsThrown() {
        var engine = ServeCommand.Loading.start(() -> null);
        assertThat(engine.join()).isNull();
        var failed = ServeCommand.Loading.start(() -> {
            throw new IllegalStateException("the snapshot is corrupt");
        });
        assertThatThrownBy(failed::join).isInstanceOf(IllegalStateException.class).hasMessage("the snapshot is corrupt");
        var checked = ServeCommand.Loading.start(() -> {
            throw new IOException("disk");
        });
        assertThatThrownBy(checked::join).isInstanceOf(IllegalStateException.class).hasCauseInstanceOf(IOException.class);
    }

    @Test
    void theArchiveWarmUpLeavesNothingBehind() throws IOException {
        Path temp = Path.of(System.getProperty("java.io.tmpdir"));
        long before = warmUpFolders(temp);
        ServeCommand.warmUpClasses(Config.load(null));
        assertThat(warmUpFolders(temp)).isEqualTo(before);
    }

    private static long warmUpFolders(Path temp) throws IOException {
        try (Stream<Path> s = Files.list(temp)) {
            return s.filter(p -> p.getFileName().toString().startsWith("interdict-cds-serve")).count();
        }
    }
}
