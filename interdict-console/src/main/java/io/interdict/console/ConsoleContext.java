package io.interdict.console;

import io.interdict.core.screen.Screener;
import io.interdict.core.snapshot.Snapshot;
import io.interdict.server.Api;
import io.interdict.server.Engine;
import io.interdict.store.Store;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * What the console's pages share: the server's current engine, the store, how to rebuild a screener
 * for a retained snapshot (replay), and the clock (read only here, for "today").
 */
public final class ConsoleContext {
    private final Api api;
    private final Store store;
    private final Function<Snapshot, Screener> screenerFor;
    private final boolean retainSnapshots;
    private final String engineVersion;
    private final AtomicReference<String> registered = new AtomicReference<>();

    public ConsoleContext(Api api, Store store, Function<Snapshot, Screener> screenerFor, boolean retainSnapshots, String engineVersion) {
        this.api = api;
        this.store = store;
        this.screenerFor = screenerFor;
        this.retainSnapshots = retainSnapshots;
        this.engineVersion = engineVersion;
    }

    public Engine engine() {
        return api.engine();
    }

    public Store store() {
        return store;
    }

    public Clock clock() {
        return api.clock();
    }

    public LocalDate today() {
        return LocalDate.now(api.clock());
    }

    public String engineVersion() {
        return engineVersion;
    }

    public Screener screenerFor(Snapshot s) {
        return s.hash().equals(engine().snapshot().hash()) ? engine().screener() : screenerFor.apply(s);
    }

    /** Registers the active snapshot with the store once per snapshot, so stored decisions can be replayed. */
    public void registerSnapshot() {
        Snapshot s = engine().snapshot();
        if (!s.hash().equals(registered.get())) {
            store.snapshots().register(s, retainSnapshots);
            registered.set(s.hash());
        }
    }
}
