package io.interdict.lists;

import io.interdict.core.match.Matchers;
import io.interdict.core.match.PartyMatcher;
import io.interdict.core.screen.Screener;
import io.interdict.core.snapshot.Snapshot;
import io.interdict.core.snapshot.SourcePart;
import io.interdict.config.Config;
import io.interdict.regime.Regime;
import io.interdict.regime.RegimeLoader;
import io.interdict.lists.common.ImportException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The embedded default: built-in regime plus bundled lists, screened with the configured matcher. */
public final class Embedded {
    private Embedded() {
    }

    /** The embedded snapshot; immutable, so it is built once per process. */
    public static Snapshot snapshot() {
        return Holder.SNAPSHOT;
    }

    private static final class Holder {
        static final Snapshot SNAPSHOT = build();
    }

    /** The bundled list parts, imported once per process (they are immutable) and shared by every snapshot. */
    private static final class Bundled {
        static final List<SourcePart> PARTS = BundledLists.all();
    }

    private static Snapshot build() {
        io.interdict.core.match.fuzzy.FuzzyMatcher.warmUpAsync();
        List<SourcePart> parts = new ArrayList<>();
        parts.add(RegimeLoader.load());
        parts.addAll(Bundled.PARTS);
        // Lists overlap (the CSL re-publishes SDN entries and declares us-bis-entity-list, which the
        // regime owns): reconcile before assembling, or Snapshot.of rejects the duplicates.
        PartReconciler.Reconciled r = PartReconciler.reconcile(parts);
        if (!r.problems().isEmpty()) {
            throw new io.interdict.core.snapshot.SnapshotException(r.problems());
        }
        return Snapshot.of(r.parts());
    }

    /**
     * The active snapshot: the built-in regime and the bundled lists, with every list that
     * {@code interdict lists update|import} stored under {@code listsDir} in place of its bundled one.
     * Without stored lists this is {@link #snapshot()}.
     */
    public static Snapshot snapshot(Path listsDir) {
        return snapshot(listsDir, List.of());
    }

    /**
     * As {@link #snapshot(Path)}, with the built-in regime extended by the overlay directories, in order
     * (docs/regime-format.md, "Overlays"); invalid overlays throw {@link io.interdict.regime.RegimeException}.
     */
    public static Snapshot snapshot(Path listsDir, List<Path> overlays) {
        if (overlays.isEmpty()) {
            return stored(listsDir, null);
        }
        return stored(listsDir, Regime.load(overlays));
    }

    private static Snapshot stored(Path listsDir, Regime regime) {
        io.interdict.core.match.fuzzy.FuzzyMatcher.warmUpAsync();
        List<SourcePart> stored;
        try {
            stored = new ListStore(listsDir).load();
        } catch (ImportException e) {
            throw new IllegalStateException("a stored list under " + listsDir + " no longer imports: " + e.getMessage(), e);
        }
        if (stored.isEmpty() && regime == null) {
            return snapshot();
        }
        ListSet set = new ListSet(Bundled.PARTS);
        stored.forEach(set::activate);
        return set.snapshot(regime != null ? regime.parts() : List.of(RegimeLoader.load()));
    }

    public static Screener screener(Config config) {
        return screener(snapshot(), config);
    }

    public static Screener screener(Snapshot snapshot, Config config) {
        var policy = config.screeningPolicy();
        PartyMatcher matcher = Matchers.byName(config.algorithm()).build(snapshot.entities(), policy.match());
        return new Screener(snapshot, matcher, policy);
    }
}
