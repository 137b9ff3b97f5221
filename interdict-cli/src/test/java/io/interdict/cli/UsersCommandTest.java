package io.interdict.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.store.db.Database;
import io.interdict.store.users.UserAccounts;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UsersCommandTest {
    private static CheckAndMeasuresCommandTest.Run withStdin(String stdin, String... args) {
        InputStream saved = System.in;
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        try {
            return CheckAndMeasuresCommandTest.run(args);
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void usersAreAddedWithAHashedPasswordListedAndDisabled(@TempDir Path dir) {
        var added = withStdin("a long passphrase\n", "users", "add", "alice", "--role", "review", "--password-stdin", "--data-dir", dir.toString());
        assertThat(added.exit()).as(added.err()).isZero();
        assertThat(added.err()).contains("added user alice with roles review");
        assertThat(added.out()).doesNotContain("a long passphrase");
        UserAccounts users = new UserAccounts(Database.sqlite(dir), Clock.systemUTC());
        assertThat(users.verify("alice", "a long passphrase".toCharArray())).isPresent();

        var dup = withStdin("another passphrase\n", "users", "add", "alice", "--role", "review", "--password-stdin", "--data-dir", dir.toString());
        assertThat(dup.exit()).isNotZero();
        assertThat(withStdin("x\n", "users", "add", "bob", "--role", "root", "--password-stdin", "--data-dir", dir.toString()).err())
                .contains("unknown role 'root'");

        assertThat(CheckAndMeasuresCommandTest.run("users", "list", "--data-dir", dir.toString()).out()).contains("alice\treview").contains("active");
        assertThat(CheckAndMeasuresCommandTest.run("users", "disable", "alice", "--data-dir", dir.toString()).exit()).isZero();
        assertThat(users.verify("alice", "a long passphrase".toCharArray())).isEmpty();
        assertThat(CheckAndMeasuresCommandTest.run("users", "disable", "alice", "--data-dir", dir.toString()).exit()).isEqualTo(ExitCodes.FAILURE);
    }
}
