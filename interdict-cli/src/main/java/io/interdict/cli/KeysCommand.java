package io.interdict.cli;

import io.interdict.config.Config;
import io.interdict.server.auth.ApiKey;
import io.interdict.server.auth.ApiKeys;
import io.interdict.server.auth.FileApiKeys;
import io.interdict.server.auth.Role;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code interdict keys create|list|revoke}: API keys of the HTTP server. */
@Command(name = "keys", mixinStandardHelpOptions = true,
        description = "Creates, lists and revokes API keys of `interdict serve` (stored hashed in HOME/api-keys.json).",
        subcommands = {KeysCommand.Create.class, KeysCommand.ListKeys.class, KeysCommand.Revoke.class})
final class KeysCommand extends CommandGroup {

    /** Where the key file is: the home, unless the deprecated --data-dir or server.data_dir says otherwise. */
    static final class Store {
        @Option(names = "--data-dir", paramLabel = "DIR", description = "Deprecated: the key file is in the home (see --home). Use DIR instead.")
        Path dataDir;

        @Mixin
        EngineOptions engine;

        ApiKeys open() {
            Config c = engine.config();
            return new FileApiKeys(Homes.keysDir(dataDir, c, engine.spec.commandLine().getErr()));
        }
    }

    @Command(name = "create", mixinStandardHelpOptions = true, description = "Creates a key and prints its secret once.")
    static final class Create implements Callable<Integer> {
        @Option(names = "--name", required = true, description = "Who or what the key is for.")
        String name;

        @Option(names = "--role", required = true, split = ",", paramLabel = "ROLE",
                description = "screen, review or admin (repeatable; review includes screen, admin includes both).")
        List<String> roles;

        @Mixin
        Store store;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            Set<Role> rs = EnumSet.noneOf(Role.class);
            try {
                for (String r : roles) {
                    rs.add(Role.of(r));
                }
            } catch (IllegalArgumentException e) {
                spec.commandLine().getErr().println("interdict keys create: " + e.getMessage());
                return ExitCodes.USAGE;
            }
            ApiKeys.Created c = store.open().create(name, rs);
            PrintWriter out = spec.commandLine().getOut();
            out.println(c.secret());
            out.flush();
            PrintWriter err = spec.commandLine().getErr();
            err.printf("created %s (%s) with roles %s; the secret above is shown only this once%n", c.key().id(),
                    c.key().name(), roles(c.key()));
            err.flush();
            return ExitCodes.OK;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists keys (never their secrets).")
    static final class ListKeys implements Callable<Integer> {
        @Mixin
        Store store;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            out.printf(Locale.ROOT, "%-18s %-20s %-20s %-25s %s%n", "ID", "NAME", "ROLES", "CREATED", "REVOKED");
            for (ApiKey k : store.open().list()) {
                out.printf(Locale.ROOT, "%-18s %-20s %-20s %-25s %s%n", k.id(), k.name(), roles(k), k.created(),
                        k.revoked() == null ? "-" : k.revoked().toString());
            }
            out.flush();
            return ExitCodes.OK;
        }
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true, description = "Revokes a key by id; a running server stops accepting it within a second.")
    static final class Revoke implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "ID", description = "The key id (see `interdict keys list`).")
        String id;

        @Mixin
        Store store;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            if (!store.open().revoke(id)) {
                spec.commandLine().getErr().println("interdict keys revoke: no active key '" + id + "'");
                return ExitCodes.USAGE;
            }
            spec.commandLine().getErr().println("revoked " + id);
            return ExitCodes.OK;
        }
    }

    static String roles(ApiKey k) {
        return k.roles().stream().sorted().map(Role::wire).collect(Collectors.joining(","));
    }
}
