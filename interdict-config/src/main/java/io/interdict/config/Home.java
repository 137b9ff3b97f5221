package io.interdict.config;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The one directory that holds everything Interdict keeps: the SQLite store ({@code interdict.db}),
 * the API keys ({@code api-keys.json}), downloaded and imported lists ({@code lists/}) and compiled
 * snapshots ({@code compiled/}). Chosen by {@code --home}, else {@code INTERDICT_HOME}, else the
 * configuration key {@code home} (default {@code ~/.interdict}): it no longer depends on the directory
 * a command is started in.
 */
public record Home(Path dir) {
    public static final String ENV = "INTERDICT_HOME";
    public static final String STORE_FILE = "interdict.db";
    public static final String KEYS_FILE = "api-keys.json";
    /** Before one home, lists and keys were kept under this folder of the working directory. */
    static final String LEGACY_WORKING_DIR = ".interdict";

    /**
     * The home: {@code flag} if given, else the environment's {@value #ENV}, else {@code config.home()}.
     * A leading {@code ~} is the user's home directory.
     */
    public static Home resolve(Path flag, Config config, Map<String, String> env) {
        if (flag != null) {
            return new Home(flag.toAbsolutePath().normalize());
        }
        String fromEnv = env.get(ENV);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return new Home(expand(fromEnv.trim()));
        }
        String configured = config.home();
        return new Home(expand(configured == null || configured.isBlank() ? "~/.interdict" : configured));
    }

    /** {@code ~} and {@code ~/x} are under the user's home directory; other paths are taken as given. */
    public static Path expand(String dir) {
        if (dir.equals("~") || dir.startsWith("~/")) {
            return Path.of(System.getProperty("user.home"), dir.length() > 1 ? dir.substring(2) : "").toAbsolutePath().normalize();
        }
        return Path.of(dir).toAbsolutePath().normalize();
    }

    public Path store() {
        return dir;
    }

    public Path keys() {
        return dir;
    }

    public Path lists() {
        return dir.resolve("lists");
    }

    public Path compiled() {
        return dir.resolve("compiled");
    }

    /**
     * Moves what earlier versions kept under {@code <working dir>/.interdict} (stored lists, API keys)
     * into this home, when the home has none of its own, and says so. What cannot be moved (another
     * file system, a conflict) is left in place with a notice naming both paths.
     *
     * @return the paths moved, for tests
     */
    public List<Path> adoptLegacy(Path workingDir, Consumer<String> notices) {
        List<Path> moved = new ArrayList<>();
        Path legacy = workingDir.resolve(LEGACY_WORKING_DIR).toAbsolutePath().normalize();
        if (!Files.isDirectory(legacy) || sameFile(legacy, dir)) {
            return moved;
        }
        move(legacy.resolve("lists"), lists(), "stored lists", notices, moved);
        move(legacy.resolve(KEYS_FILE), dir.resolve(KEYS_FILE), "API keys", notices, moved);
        return moved;
    }

    private static void move(Path from, Path to, String what, Consumer<String> notices, List<Path> moved) {
        if (!Files.exists(from) || (Files.isDirectory(from) && isEmptyDir(from))) {
            return;
        }
        if (Files.exists(to) && !(Files.isDirectory(to) && isEmptyDir(to))) {
            notices.accept(what + " found in " + from + " were not moved: " + to + " exists (the home's own are used;"
                    + " merge or delete the old ones)");
            return;
        }
        try {
            Files.createDirectories(to.getParent());
            Files.deleteIfExists(to);   // an empty directory left by an earlier run
            Files.move(from, to);
            moved.add(to);
            notices.accept("moved " + what + " from " + from + " to " + to + " (all data now lives in one home; see docs/configuration.md)");
        } catch (DirectoryNotEmptyException e) {
            notices.accept(what + " found in " + from + " could not be moved to " + to + " (another file system?); move them by hand");
        } catch (IOException e) {
            notices.accept(what + " found in " + from + " could not be moved to " + to + ": " + e.getMessage());
        }
    }

    private static boolean isEmptyDir(Path p) {
        try (var s = Files.list(p)) {
            return s.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return a.equals(b);
        }
    }
}
