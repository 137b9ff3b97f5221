package io.interdict.server;

import io.interdict.core.entity.Relation;
import io.interdict.core.screen.Screener;
import io.interdict.core.snapshot.Snapshot;
import io.interdict.server.search.Datasets;
import io.interdict.server.search.FuzzySearch;
import io.interdict.server.search.NameSearch;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything the handlers read, derived once from one snapshot and swapped as a whole (the server holds
 * it in one atomic reference), so a request never sees half of an old snapshot and half of a new one.
 */
public final class Engine {
    private final Screener screener;
    private final NameSearch search;
    private final Datasets datasets;
    private final Map<String, List<Relation>> outgoing = new HashMap<>();
    private final Map<String, List<Relation>> incoming = new HashMap<>();
    private final Instant loadedAt;

    public Engine(Screener screener, NameSearch search, Instant loadedAt) {
        this.screener = screener;
        this.search = search;
        this.loadedAt = loadedAt;
        this.datasets = new Datasets(screener.snapshot());
        for (Relation r : screener.snapshot().relations()) {
            outgoing.computeIfAbsent(r.from(), k -> new ArrayList<>()).add(r);
            incoming.computeIfAbsent(r.to(), k -> new ArrayList<>()).add(r);
        }
    }

    /** The default search: fuzzy {@code interdict-v2} ranking over the same snapshot ({@link FuzzySearch}). */
    public static Engine of(Screener screener, Instant loadedAt) {
        return new Engine(screener, FuzzySearch.over(screener.matcher(), screener.snapshot(), screener.policy().match()), loadedAt);
    }

    public Screener screener() {
        return screener;
    }

    public Snapshot snapshot() {
        return screener.snapshot();
    }

    public NameSearch search() {
        return search;
    }

    public Datasets datasets() {
        return datasets;
    }

    public List<Relation> outgoing(String entityId) {
        return outgoing.getOrDefault(entityId, List.of());
    }

    public List<Relation> incoming(String entityId) {
        return incoming.getOrDefault(entityId, List.of());
    }

    public Instant loadedAt() {
        return loadedAt;
    }
}
