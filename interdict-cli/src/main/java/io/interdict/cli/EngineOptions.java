package io.interdict.cli;

import io.interdict.core.screen.Screener;
import io.interdict.lists.Embedded;
import io.interdict.lists.config.Config;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** Options shared by every command that screens: where configuration comes from. */
final class EngineOptions {
    @Option(names = "--config", paramLabel = "FILE", description = "Configuration file overriding the defaults (YAML).")
    Path config;

    @Option(names = "--lists-dir", paramLabel = "DIR", defaultValue = ListsCommand.DEFAULT_DATA_DIR,
            description = "Lists downloaded or imported with `interdict lists`, used in place of the bundled ones (default: ${DEFAULT-VALUE}).")
    Path listsDir = Path.of(ListsCommand.DEFAULT_DATA_DIR);

    @Option(names = "--regime", paramLabel = "DIR",
            description = "Regime overlay directory (extra measures and events), applied after those of regime.overlays; repeatable.")
    List<Path> regime = new ArrayList<>();

    private Config loaded;

    /** The overlays in force: the configured ones, then those given with --regime. */
    List<Path> overlays() {
        List<Path> out = new ArrayList<>();
        config().regime().overlays().forEach(o -> out.add(Path.of(o)));
        out.addAll(regime);
        return out;
    }

    Config config() {
        if (loaded == null) {
            loaded = Config.load(config);
        }
        return loaded;
    }

    Screener screener() {
        return Embedded.screener(snapshot(), config());
    }

    /** Prints the stale-lists warning, if any, for a screening command (lists.max_age_days). */
    void warnIfStale(io.interdict.core.snapshot.Snapshot snapshot, java.io.PrintWriter err, String command) {
        io.interdict.lists.common.ListAge.warning(snapshot.sources(), java.time.LocalDate.now(), config().lists().maxAgeDays())
                .ifPresent(w -> {
                    err.println("interdict " + command + ": warning: " + w);
                    err.flush();
                });
    }

    /** The active snapshot: the built-in regime and the bundled lists, or those stored under --lists-dir. */
    io.interdict.core.snapshot.Snapshot snapshot() {
        return Embedded.snapshot(listsDir, overlays());
    }
}
