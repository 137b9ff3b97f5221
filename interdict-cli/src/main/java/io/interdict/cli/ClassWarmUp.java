package io.interdict.cli;

import io.interdict.config.Config;
import io.interdict.config.Home;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import picocli.CommandLine;

/**
 * Loads the classes of the commands that only read (`measures` and `check`, by name and by identifier, as text and as
 * JSON), and those `serve` loads before it is ready ({@link ServeCommand#warmUpClasses}), into the JVM that writes the launcher's class-data-sharing archive ({@code -Dinterdict.cds.warm=true} beside
 * {@code -XX:ArchiveClassesAtExit}). The archive holds the classes its run loaded; without this, an archive made by
 * `--help` or `lists compile` leaves most of their classes to be loaded from the jar on every run. Output is discarded and failures are ignored:
 * this only ever makes a later start faster. The user's {@code --home} and {@code --config} are kept, so nothing is
 * read from another home, and nothing is done while the home has no compiled snapshot yet (`measures` would make one).
 * Then the archive holds only what the command itself loaded: the launcher is told so (the file named by
 * {@code -Dinterdict.cds.unwarmed} is created), keeps that archive for now and makes it again at its next short
 * command, until one runs in a home with a compiled snapshot (a first `--version` in a new home would otherwise leave
 * every later `match` loading hundreds of classes from the jar).
 */
final class ClassWarmUp {
    private ClassWarmUp() {
    }

    /** Whether the launcher asked for it. */
    static boolean requested() {
        return Boolean.getBoolean("interdict.cds.warm");
    }

    /** Runs the read-only commands with the given command line's home and configuration; whether it did. */
    static boolean run(String[] userArgs) {
        List<String> where = placement(userArgs);
        if (!compiled(where)) {
            return false;   // `measures` would compile the snapshot first: that is the first real command's work, not `--help`'s
        }
        for (List<String> command : List.of(List.of("measures", "--date", "2025-05-01"),
                List.of("measures", "--date", "2025-05-01", "--json"),
                List.of("check", "Alipay", "--date", "2021-03-01", "--kind", "payment", "--jurisdiction", "US"),
                List.of("check", "--id", "android:com.tencent.mm", "--date", "2021-03-01", "--json"))) {
            List<String> args = new ArrayList<>(command);
            args.addAll(where);
            try {
                CommandLine cl = Main.commandLine();
                cl.setOut(new PrintWriter(Writer.nullWriter()));
                cl.setErr(new PrintWriter(Writer.nullWriter()));
                cl.execute(args.toArray(String[]::new));
            } catch (RuntimeException | LinkageError e) {
                return true;   // a faster start is all that is lost
            }
        }
        try {
            ServeCommand.warmUpClasses(Config.load(option(where, "--config")));
        } catch (java.io.IOException | RuntimeException | LinkageError e) {
            // a slower `serve` start is all that is lost
        }
        return true;
    }

    /** {@link #run}, and when it could not, tells the launcher (creates the file {@code -Dinterdict.cds.unwarmed} names). */
    static void runOrTell(String[] userArgs) {
        String unwarmed = System.getProperty("interdict.cds.unwarmed");
        if (!run(userArgs) && unwarmed != null && !unwarmed.isEmpty()) {
            try {
                Files.newOutputStream(Path.of(unwarmed)).close();
            } catch (IOException | RuntimeException e) {
                // the archive is kept as it is: a later start is a little slower, nothing else
            }
        }
    }

    /** The value of the option {@code name} ("--home" or "--config") among these options, or null. */
    private static Path option(List<String> where, String name) {
        Path value = null;
        for (int i = 0; i < where.size(); i++) {
            String a = where.get(i);
            String v = a.contains("=") ? a.substring(a.indexOf('=') + 1) : where.get(++i);
            if (a.startsWith(name)) {
                value = Path.of(v);
            }
        }
        return value;
    }

    /** Whether the home of these options already holds a compiled snapshot. */
    private static boolean compiled(List<String> where) {
        Path home = option(where, "--home");
        Path config = option(where, "--config");
        try (Stream<Path> files = Files.list(Home.resolve(home, Config.load(config), System.getenv()).compiled())) {
            return files.anyMatch(f -> f.getFileName().toString().endsWith(".snap"));
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** The --home and --config options of a command line, in either form ("--home DIR", "--home=DIR"). */
    static List<String> placement(String[] args) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if ((a.equals("--home") || a.equals("--config")) && i + 1 < args.length) {
                out.add(a);
                out.add(args[++i]);
            } else if (a.startsWith("--home=") || a.startsWith("--config=")) {
                out.add(a);
            }
        }
        return out;
    }
}
