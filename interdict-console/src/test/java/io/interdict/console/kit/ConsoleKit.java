package io.interdict.console.kit;

import io.interdict.console.Console;
import io.interdict.core.entity.Entity;
import io.interdict.core.entity.EntityKind;
import io.interdict.core.entity.Name;
import io.interdict.core.screen.Screener;
import io.interdict.core.snapshot.Snapshot;
import io.interdict.core.snapshot.SourceInfo;
import io.interdict.core.snapshot.SourcePart;
import io.interdict.lists.Embedded;
import io.interdict.lists.common.ListCatalog;
import io.interdict.config.Config;
import io.interdict.regime.RegimeLoader;
import io.interdict.server.Engine;
import io.interdict.server.InterdictServer;
import io.interdict.server.ServerSettings;
import io.interdict.server.auth.FileApiKeys;
import io.interdict.server.auth.Role;
import io.interdict.store.Store;
import io.interdict.store.db.Database;
import io.interdict.store.users.UserAccounts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A real server with the console on a random loopback port, a SQLite store in a temporary directory,
 * and a small snapshot: the built-in regime plus a two-entry test list published under the OFAC SDN
 * list measure. {@link #changeList()} swaps in the next publication of that list (one entry removed),
 * as a list update would.
 */
public final class ConsoleKit implements AutoCloseable {
    /** Fixed "today": the law pages and alert ages read it. */
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T12:00:00Z"), ZoneOffset.UTC);
    /** Cheap hashing for tests; production uses UserAccounts.DEFAULT_ITERATIONS. */
    static final int TEST_ITERATIONS = 1_000;
    public static final String PASSWORD = "correct horse battery";

    public final Path dir;
    public final InterdictServer server;
    public final Store store;
    public final UserAccounts users;
    public final FileApiKeys keys;
    public final String reviewKey;

    public ConsoleKit() {
        try {
            dir = Files.createTempDirectory("interdict-console-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Database db = Database.sqlite(dir);
        store = new Store(db, CLOCK);
        users = new UserAccounts(db, CLOCK, TEST_ITERATIONS);
        users.create("alice", PASSWORD.toCharArray(), Set.of("review"));
        users.create("bob", PASSWORD.toCharArray(), Set.of("review"));
        users.create("carol", PASSWORD.toCharArray(), Set.of("screen"));
        keys = new FileApiKeys(dir);
        reviewKey = keys.create("ops", EnumSet.of(Role.REVIEW)).secret();
        Config config = Config.defaults();
        Console console = new Console(new Console.Settings(store, keys, users, s -> Embedded.screener(s, config), true,
                "interdict test", false));
        server = new InterdictServer(ServerSettings.defaults().withDataDir(dir), keys, CLOCK, List.of(console)).start();
        server.setEngine(Engine.of(Embedded.screener(snapshot(false), config), CLOCK.instant()));
    }

    public String base() {
        return "http://127.0.0.1:" + server.port();
    }

    /** The next publication of the test list: "Testco Shipping" is delisted. */
    public void changeList() {
        server.setEngine(Engine.of(Embedded.screener(snapshot(true), Config.defaults()), CLOCK.instant()));
    }

    public static Snapshot snapshot(boolean delisted) {
        List<Entity> es = new ArrayList<>();
        if (!delisted) {
            es.add(entity("ofac-sdn:test-1", "Testco Shipping Limited"));
        }
        es.add(entity("ofac-sdn:test-2", "Example Trading Company"));
        SourcePart list = new SourcePart(new SourceInfo("ofac-sdn", "Test publisher", delisted ? "2026-05-20" : "2026-05-01",
                "https://example.org/sdn", delisted ? "sha256:test-list-2" : "sha256:test-list-1"), es, List.of(),
                List.of(ListCatalog.measure("ofac-sdn")));
        return Snapshot.of(List.of(RegimeLoader.load(), list));
    }

    /** A list entry dated as the real lists date theirs: undated entries only REVIEW before their publication. */
    private static Entity entity(String id, String name) {
        return new Entity(id, EntityKind.ORGANIZATION, List.of(Name.primary(name)), List.of(), List.of("IR"),
                Map.of(io.interdict.core.screen.ListEntry.LISTED_ON, List.of("2020-01-01")), false, null);
    }

    @Override
    public void close() {
        server.close();
    }
}
