package io.interdict.store.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.interdict.store.db.Database;
import io.interdict.store.testkit.Fixtures;
import io.interdict.store.testkit.TestDatabases;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class UserAccountsTest {
    @TempDir
    Path tmp;

    @ParameterizedTest
    @MethodSource("io.interdict.store.testkit.TestDatabases#kinds")
    void signsInWithTheRightPasswordOnlyAndNeverStoresIt(String kind) {
        Database db = TestDatabases.open(kind, tmp);
        UserAccounts users = new UserAccounts(db, Fixtures.CLOCK, 1_000);
        users.create("alice", "correct horse".toCharArray(), Set.of("review"));
        assertThat(users.verify("alice", "correct horse".toCharArray())).hasValueSatisfying(u -> {
            assertThat(u.name()).isEqualTo("alice");
            assertThat(u.roles()).containsExactly("review");
        });
        assertThat(users.verify("alice", "correct hors".toCharArray())).isEmpty();
        assertThat(users.verify("alice", new char[0])).isEmpty();
        assertThat(users.verify("mallory", "correct horse".toCharArray())).isEmpty();
        String stored = db.tx(c -> {
            try (PreparedStatement q = c.prepareStatement("SELECT password FROM console_users WHERE name = 'alice'");
                 ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        });
        assertThat(stored).startsWith("pbkdf2-sha256$1000$").doesNotContain("correct horse");
        assertThatThrownBy(() -> users.create("alice", "another password".toCharArray(), Set.of("screen")))
                .hasMessageContaining("already exists");
        assertThat(users.disable("alice")).isTrue();
        assertThat(users.verify("alice", "correct horse".toCharArray())).isEmpty();
        assertThat(users.list()).singleElement().satisfies(u -> assertThat(u.active()).isFalse());
    }

    @Test
    void rejectsShortPasswordsBadNamesAndNoRoles() {
        UserAccounts users = new UserAccounts(Database.sqlite(tmp), Fixtures.CLOCK, 1_000);
        assertThatThrownBy(() -> users.create("bob", "short".toCharArray(), Set.of("review"))).hasMessageContaining("at least 8");
        assertThatThrownBy(() -> users.create("bob smith", "long enough".toCharArray(), Set.of("review"))).hasMessageContaining("user name");
        // A user must never pass for an API key's identity (key:NAME) in the four-eyes check.
        assertThatThrownBy(() -> users.create("key:bob", "long enough".toCharArray(), Set.of("review"))).hasMessageContaining("user name");
        assertThatThrownBy(() -> users.create("bob", "long enough".toCharArray(), Set.of())).hasMessageContaining("role");
    }

    @Test
    void twoHashesOfOnePasswordDifferBySalt() {
        String a = UserAccounts.hash("same password".toCharArray(), 1_000);
        String b = UserAccounts.hash("same password".toCharArray(), 1_000);
        assertThat(a).isNotEqualTo(b);
        assertThat(UserAccounts.matches("same password".toCharArray(), a)).isTrue();
        assertThat(UserAccounts.matches("same password".toCharArray(), b)).isTrue();
        assertThat(UserAccounts.matches("Same password".toCharArray(), a)).isFalse();
    }
}
