package io.interdict.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The home on the command line: --home before or after the command, and the deprecated options. */
class CliHomeTest {
    @TempDir
    Path tmp;

    static CheckAndMeasuresCommandTest.Run run(String... args) {
        return CheckAndMeasuresCommandTest.run(args);
    }

    @Test
    void keysGoIntoTheHomeWhereverTheOptionIsGiven() {
        Path home = tmp.resolve("home");
        assertThat(run("keys", "create", "--name", "ci", "--role", "screen", "--home", home.toString()).exit()).isZero();
        assertThat(home.resolve("api-keys.json")).exists();
        assertThat(run("--home", home.toString(), "keys", "list").out()).contains("ci");
        assertThat(run("keys", "list").out()).doesNotContain("ci");   // another home (INTERDICT_HOME of the tests)
    }

    @Test
    void deprecatedDataDirStillWorksAndSaysSo() {
        var r = run("keys", "create", "--name", "old", "--role", "screen", "--data-dir", tmp.toString());
        assertThat(r.exit()).isZero();
        assertThat(tmp.resolve("api-keys.json")).exists();
        assertThat(r.err()).contains("--data-dir is deprecated");
    }

    @Test
    void commandsReadTheCompiledSnapshotOfTheHome() {
        var r = run("check", "--id", "android:com.tencent.mm", "--date", "2021-03-01", "--json");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("interdict:app/wechat");
        // The compiled file of the snapshot that decided is in the home, named by the snapshot id.
        String id = r.out().replaceAll("(?s).*\"snapshot\":\"sha256:([0-9a-f]+)\".*", "$1");
        assertThat(Path.of(System.getenv("INTERDICT_HOME"), "compiled", id + ".snap")).exists();
        var again = run("measures", "--date", "2025-05-01");
        assertThat(again.err()).doesNotContain("compiling");
        var lists = run("measures", "--date", "2025-05-01", "--lists-dir", tmp.resolve("none").toString());
        assertThat(lists.err()).contains("--lists-dir is deprecated");
        assertThat(lists.out()).isEqualTo(again.out());
    }
}
