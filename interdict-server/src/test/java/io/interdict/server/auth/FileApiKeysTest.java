package io.interdict.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Items 10 and 13 of issue 14: the key file under bad edits and concurrent writers. */
class FileApiKeysTest {
    @TempDir
    Path dir;

    private void overwrite(String content) throws Exception {
        Path f = dir.resolve(FileApiKeys.FILE_NAME);
        FileTime before = Files.getLastModifiedTime(f);
        Files.writeString(f, content);
        // A distinct modification time, as any later edit has: the server notices changes by it.
        Files.setLastModifiedTime(f, FileTime.from(before.toInstant().plusSeconds(5)));
    }

    @Test
    void aMalformedFileWhileServingKeepsTheLastGoodKeysInForce() throws Exception {
        FileApiKeys keys = new FileApiKeys(dir, 0);
        ApiKeys.Created good = keys.create("app", EnumSet.of(Role.SCREEN));
        ApiKeys.Created gone = keys.create("old", EnumSet.of(Role.ADMIN));
        assertThat(keys.revoke(gone.key().id())).isTrue();
        for (String bad : List.of("{\"keys\": [", "[]", "{\"keys\":[{\"id\":\"k\",\"roles\":[\"root\"],\"sha256\":\"x\"}]}",
                "{\"keys\":[{\"id\":\"k\",\"roles\":[\"screen\"],\"sha256\":\"" + "a".repeat(64) + "\",\"created\":\"yesterday\"}]}")) {
            overwrite(bad);
            assertThat(keys.verify(good.secret())).as(bad).isPresent();
            assertThat(keys.verify(gone.secret())).as("a revoked key stays revoked: " + bad).isEmpty();
        }
        // Once fixed, the file applies again.
        overwrite("{\"version\":1,\"keys\":[]}");
        assertThat(keys.verify(good.secret())).isEmpty();
    }

    @Test
    void aMalformedFileAtStartIsAnErrorNamingIt() throws Exception {
        Files.writeString(dir.resolve(FileApiKeys.FILE_NAME), "{\"keys\": [");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new FileApiKeys(dir))
                .hasMessageContaining(dir.resolve(FileApiKeys.FILE_NAME).toString());
    }

    @Test
    void parallelProcessesCreatingAndRevokingLoseNoChange() throws Exception {
        ApiKeys.Created admin = new FileApiKeys(dir).create("admin", EnumSet.of(Role.ADMIN));
        List<Process> ps = new ArrayList<>();
        for (int w = 0; w < 3; w++) {
            ps.add(java("3", "w" + w));
        }
        ps.add(java("revoke", admin.key().id()));
        for (Process p : ps) {
            assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
            assertThat(p.exitValue()).as(new String(p.getErrorStream().readAllBytes())).isZero();
        }
        FileApiKeys keys = new FileApiKeys(dir);
        assertThat(keys.list()).hasSize(1 + 3 * 3);
        assertThat(keys.verify(admin.secret())).isEmpty();
    }

    @Test
    void parallelThreadsWithTheirOwnStoreLoseNoChange() throws Exception {
        List<Thread> ts = new ArrayList<>();
        for (int w = 0; w < 4; w++) {
            int id = w;
            Thread t = new Thread(() -> {
                FileApiKeys mine = new FileApiKeys(dir);
                for (int i = 0; i < 5; i++) {
                    mine.create("t" + id + "-" + i, EnumSet.of(Role.SCREEN));
                }
            });
            t.start();
            ts.add(t);
        }
        for (Thread t : ts) {
            t.join();
        }
        assertThat(new FileApiKeys(dir).list()).hasSize(20);
    }

    private Process java(String... args) throws Exception {
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", cp, "-XX:TieredStopAtLevel=1", KeysWriter.class.getName(), dir.toString()));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

}
