package io.interdict.cli;

import io.interdict.server.auth.Role;
import io.interdict.store.users.UserAccounts;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code interdict users add|list|disable}: accounts that sign in to the web console. */
@Command(name = "users", mixinStandardHelpOptions = true,
        description = "Adds, lists and disables web console user accounts (passwords stored as PBKDF2-HMAC-SHA256 hashes in the store).",
        subcommands = {UsersCommand.Add.class, UsersCommand.ListUsers.class, UsersCommand.Disable.class})
final class UsersCommand extends CommandGroup {

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Adds a user. The password is asked for twice on the terminal, or read from the first line of standard input with --password-stdin.")
    static final class Add extends StoreCommand {
        @Parameters(paramLabel = "NAME", description = "The user name (letters, digits, '.', '_', '@', '-').")
        String name;

        @Option(names = "--role", required = true, split = ",", paramLabel = "ROLE",
                description = "screen, review or admin (review includes screen, admin includes both).")
        List<String> roles;

        @Option(names = "--password-stdin", description = "Read the password from the first line of standard input (for scripts).")
        boolean passwordStdin;

        @Override
        public Integer call() throws IOException {
            PrintWriter err = spec.commandLine().getErr();
            Set<String> rs = new TreeSet<>();
            try {
                for (String r : roles) {
                    rs.add(Role.of(r).wire());
                }
            } catch (IllegalArgumentException e) {
                err.println("interdict users add: " + e.getMessage());
                return ExitCodes.USAGE;
            }
            char[] password = password(err);
            if (password == null) {
                return ExitCodes.USAGE;
            }
            try {
                UserAccounts.User u = new UserAccounts(store.database(engine.config()), Clock.systemUTC()).create(name, password, rs);
                err.printf("added user %s with roles %s%n", u.name(), String.join(",", u.roles()));
                return ExitCodes.OK;
            } finally {
                Arrays.fill(password, '\0');
                err.flush();
            }
        }

        private char[] password(PrintWriter err) throws IOException {
            if (passwordStdin) {
                String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
                if (line == null) {
                    err.println("interdict users add: no password on standard input");
                    return null;
                }
                return line.toCharArray();
            }
            Console c = System.console();
            if (c == null) {
                err.println("interdict users add: no terminal to ask for the password; use --password-stdin");
                return null;
            }
            char[] a = c.readPassword("Password for %s: ", name);
            char[] b = c.readPassword("Again: ");
            if (a == null || b == null || !Arrays.equals(a, b)) {
                err.println("interdict users add: the passwords differ");
                return null;
            }
            Arrays.fill(b, '\0');
            return a;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists users: name, roles, created, disabled.")
    static final class ListUsers extends StoreCommand {
        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            for (UserAccounts.User u : new UserAccounts(store.database(engine.config()), Clock.systemUTC()).list()) {
                out.printf("%s\t%s\t%s\t%s%n", u.name(), String.join(",", u.roles()), u.createdAt(),
                        u.active() ? "active" : "disabled " + u.disabledAt());
            }
            out.flush();
            return ExitCodes.OK;
        }
    }

    @Command(name = "disable", mixinStandardHelpOptions = true, description = "Disables a user: they can no longer sign in.")
    static final class Disable extends StoreCommand {
        @Parameters(paramLabel = "NAME", description = "The user to disable (their sessions end at their next request).")
        String name;

        @Override
        public Integer call() {
            boolean done = new UserAccounts(store.database(engine.config()), Clock.systemUTC()).disable(name);
            PrintWriter err = spec.commandLine().getErr();
            err.println(done ? "disabled " + name : "interdict users disable: no active user " + name);
            err.flush();
            return done ? ExitCodes.OK : ExitCodes.FAILURE;
        }
    }
}
