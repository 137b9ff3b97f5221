package io.interdict.cli;

import io.interdict.core.match.MatcherFactory;
import io.interdict.core.match.Matchers;
import io.interdict.core.match.PartyMatcher;
import io.interdict.core.match.UnionMatcher;
import io.interdict.core.match.fuzzy.FuzzyMatcher;
import io.interdict.core.screen.Screener;
import io.interdict.core.snapshot.Snapshot;
import io.interdict.lists.compiled.CompiledSnapshot;
import io.interdict.lists.compiled.CompiledSnapshots;
import io.interdict.config.Config;
import io.interdict.config.Home;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Options shared by every command that screens: where configuration and data come from. The data is
 * the home's compiled snapshot, compiled on first use; each command takes only what it uses (measures
 * need no name index, an identifier alone needs no fuzzy index).
 */
final class EngineOptions {
    @Option(names = "--config", paramLabel = "FILE", description = "Configuration file overriding the defaults (YAML).")
    Path config;

    @Option(names = "--lists-dir", paramLabel = "DIR",
            description = "Deprecated: lists are kept in HOME/lists (see --home). Use the lists stored under DIR instead.")
    Path listsDir;

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--regime", paramLabel = "DIR",
            description = "Regime overlay directory (extra measures and events), applied after those of regime.overlays; repeatable.")
    List<Path> regime = new ArrayList<>();

    private Config loaded;
    private Home home;
    private CompiledSnapshot compiled;

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

    private PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** Prints the stale-lists warning, if any, for a screening command (lists.max_age_days). */
    void warnIfStale(io.interdict.core.snapshot.Snapshot snapshot, java.io.PrintWriter err, String command) {
        io.interdict.lists.common.ListAge.warning(snapshot.sources(), java.time.LocalDate.now(), config().lists().maxAgeDays())
                .ifPresent(w -> {
                    err.println("interdict " + command + ": warning: " + w);
                    err.flush();
                });
    }

    Home home() {
        if (home == null) {
            home = Homes.resolve(config(), err());
        }
        return home;
    }

    /** Where stored lists are read: HOME/lists, or the deprecated --lists-dir. */
    Path listsDir() {
        if (listsDir != null) {
            Homes.deprecated(err(), "--lists-dir", "lists are kept in " + home().lists() + " (choose the home with --home)");
            return listsDir;
        }
        return home().lists();
    }

    /** The compiled snapshot of the active lists, compiled now if there is none or it is unusable. */
    CompiledSnapshot compiled() {
        if (compiled == null) {
            Path lists = listsDir();
            compiled = new CompiledSnapshots(home().compiled(), CompiledSnapshots.lists(lists, overlays()), m -> Homes.notice(err(), m))
                    .open(factory(), config().screeningPolicy().match());
        }
        return compiled;
    }

    private MatcherFactory factory() {
        return Matchers.byName(config().algorithm());
    }

    /**
     * Starts preparing the name pipeline (ICU's transliterators take a while to load) on another
     * thread. Only for commands that will screen many names, once their data is loaded: it loads every
     * script's transliterator, which one name rarely needs, and on a busy machine it would take a core
     * from loading (`serve` warms up after it is ready; without it a script loads on first use).
     */
    void warmUpNames() {
        io.interdict.core.match.fuzzy.FuzzyMatcher.warmUpAsync();
    }

    /** The screener with the configured matcher, its index read from the compiled snapshot. */
    Screener screener() {
        CompiledSnapshot c = compiled();
        return new Screener(c.snapshot(), c.matcher(factory(), config().screeningPolicy().match()), config().screeningPolicy());
    }

    /** A screener whose name index is read only when a party has a name (`check --id`). */
    Screener lazyScreener() {
        CompiledSnapshot c = compiled();
        return new Screener(c.snapshot(), c.lazyMatcher(factory(), config().screeningPolicy().match()), config().screeningPolicy());
    }

    /** The fuzzy matcher (name search), from the compiled snapshot when it holds its index. */
    FuzzyMatcher fuzzy() {
        return fuzzy(FuzzyMatcher.ALGORITHM);
    }

    /**
     * The named fuzzy algorithm's matcher ({@code interdict-v1} or {@code interdict-v2}), from the
     * compiled snapshot when it holds that index (the configured algorithm's always does), else built.
     */
    FuzzyMatcher fuzzy(String algorithm) {
        var settings = config().screeningPolicy().match();
        MatcherFactory factory = Matchers.byName(algorithm);
        CompiledSnapshot c = compiled();
        boolean compiledIndex = algorithm.equals(config().algorithm())
                || (c.file() != null && factory.codec().isPresent() && c.file().has(factory.codec().get().section()));
        if (!compiledIndex) {
            return new FuzzyMatcher(snapshot().entities(), settings, algorithm);   // the name index alone, for this run
        }
        PartyMatcher m = c.matcher(factory, settings);
        if (m instanceof UnionMatcher u) {
            m = u.fuzzy();
        }
        return m instanceof FuzzyMatcher f && f.algorithm().equals(algorithm) ? f
                : new FuzzyMatcher(snapshot().entities(), settings, algorithm);
    }

    /** The active snapshot: the built-in regime and the bundled lists, with those stored in the home in their place. */
    Snapshot snapshot() {
        return compiled().snapshot();
    }
}
