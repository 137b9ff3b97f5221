package io.interdict.store.testkit;

import io.interdict.store.db.Database;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The databases every repository test runs against: SQLite (a file in a temporary directory) and
 * PostgreSQL (the URL in INTERDICT_TEST_PG_URL, see scripts/postgres), each test in its own fresh
 * schema. Under CI=true an unreachable PostgreSQL fails the test: a green build must mean both ran.
 */
public final class TestDatabases {
    public static final String PG_ENV = "INTERDICT_TEST_PG_URL";

    private TestDatabases() {
    }

    /** Parameter source: {@code @MethodSource("io.interdict.store.testkit.TestDatabases#kinds")}. */
    public static Stream<String> kinds() {
        return Stream.of("sqlite", "postgres");
    }

    public static Database open(String kind, Path tmp) {
        return open(kind, tmp, null);
    }

    /** A fresh, migrated database ({@code target} null = latest schema). */
    public static Database open(String kind, Path tmp, String target) {
        return Database.open(url(kind, tmp), target);
    }

    /** A URL to a fresh, empty database of this kind. */
    public static String url(String kind, Path tmp) {
        if (kind.equals("sqlite")) {
            return "jdbc:sqlite:" + tmp.resolve("t-" + UUID.randomUUID() + ".db");
        }
        String base = pgUrl();
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
        try (Connection c = DriverManager.getConnection(base); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    /** The PostgreSQL URL; fails under CI, skips locally, when it is missing or unreachable. */
    public static String pgUrl() {
        String url = System.getenv(PG_ENV);
        String problem = null;
        if (url == null || url.isBlank()) {
            problem = PG_ENV + " is not set (run: export " + PG_ENV + "=\"$(scripts/postgres)\")";
        } else {
            try (Connection c = DriverManager.getConnection(url)) {
                c.isValid(5);
            } catch (SQLException e) {
                problem = "PostgreSQL at " + Database.redact(url) + " is unreachable: " + e.getMessage();
            }
        }
        if (problem != null) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail("CI=true and " + problem);
            }
            Assumptions.abort("skipping the PostgreSQL variant: " + problem);
        }
        return url;
    }
}
