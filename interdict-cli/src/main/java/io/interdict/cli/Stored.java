package io.interdict.cli;

import io.interdict.core.screen.Screener;
import io.interdict.core.snapshot.Snapshot;
import io.interdict.lists.Embedded;
import io.interdict.store.db.StoreException;
import io.interdict.store.snapshot.SnapshotArchive;
import java.util.List;

/** Screeners over snapshots kept in the store. */
final class Stored {
    private Stored() {
    }

    /** The retained snapshot whose hash is {@code id} or starts with it (with or without "sha256:"). */
    static Snapshot snapshot(EngineOptions engine, StoreOptions store, String id) {
        SnapshotArchive archive = new SnapshotArchive(store.existing(engine.config()), store.clock());
        String want = id.startsWith("sha256:") ? id : "sha256:" + id;
        List<SnapshotArchive.Info> found = archive.list().stream().filter(i -> i.hash().startsWith(want)).toList();
        if (found.isEmpty()) {
            throw new StoreException("no snapshot " + id + " in the store (see `interdict audit snapshots`)");
        }
        if (found.size() > 1) {
            throw new StoreException("snapshot prefix " + id + " is ambiguous: " + found.stream().map(SnapshotArchive.Info::hash).toList());
        }
        return archive.load(found.get(0).hash()).orElseThrow(() -> new StoreException("snapshot " + found.get(0).hash()
                + " is known only by its identity and checksums (store.retain_snapshots was off); its content is not retained"));
    }

    static Screener screenerFor(EngineOptions engine, StoreOptions store, String id) {
        Snapshot s = snapshot(engine, store, id);
        return s.hash().equals(engine.snapshot().hash()) ? engine.screener() : Embedded.screener(s, engine.config());
    }
}
