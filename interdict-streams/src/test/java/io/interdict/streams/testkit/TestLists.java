package io.interdict.streams.testkit;

import io.interdict.core.entity.Entity;
import io.interdict.core.entity.EntityKind;
import io.interdict.core.entity.Name;
import io.interdict.core.measure.Event;
import io.interdict.core.measure.EventType;
import io.interdict.core.measure.Measure;
import io.interdict.core.measure.Prohibition;
import io.interdict.core.measure.Reach;
import io.interdict.core.measure.TxKind;
import io.interdict.core.screen.Screener;
import io.interdict.core.snapshot.Snapshot;
import io.interdict.core.snapshot.SourceInfo;
import io.interdict.core.snapshot.SourcePart;
import io.interdict.lists.Embedded;
import io.interdict.config.Config;
import io.interdict.streams.snapshot.ActiveScreener;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** One-line snapshots for the topology's tests: a small sanctions list, in force in the US since 2020. */
public final class TestLists {
    /** A list of one entity, Acme; {@link #V2} adds Zenith. */
    public static final Snapshot V1 = list("v1", List.of(org("t:acme", "Acme Shell Holdings")));
    public static final Snapshot V2 = list("v2", List.of(org("t:acme", "Acme Shell Holdings"), org("t:zenith", "Zenith Trading Bureau")));

    private TestLists() {
    }

    public static Entity org(String id, String name) {
        return new Entity(id, EntityKind.ORGANIZATION, List.of(Name.primary(name)), List.of(), List.of(), null, false, null);
    }

    /** Every entity prohibited for every transaction kind in the US from 2020-01-01; {@code version} tells lists apart. */
    public static Snapshot list(String version, List<Entity> entities) {
        List<String> targets = entities.stream().map(Entity::id).toList();
        Prohibition p = new Prohibition("all", null, targets, Set.of(Reach.DIRECT), EnumSet.allOf(TxKind.class), null,
                false, null, List.of(), false);
        Event signed = new Event(null, EventType.SIGNED, LocalDate.parse("2020-01-01"), null, null, null, List.of(), null,
                null, null, List.of(), false, false);
        Measure m = new Measure("test-list", "TEST", "Test sanctions list", null, Set.of("US"), List.of(), List.of(signed),
                List.of(p), List.of(), false, null, List.of());
        return Snapshot.of(List.of(new SourcePart(new SourceInfo("test-list", "test", "2026-01-01", null, "sha256:" + version),
                entities, List.of(), List.of(m))));
    }

    public static Screener screener(Snapshot s) {
        return Embedded.screener(s, Config.defaults());
    }

    public static ActiveScreener.Loaded loaded(Snapshot s) {
        return new ActiveScreener.Loaded(screener(s), "test", Instant.EPOCH);
    }

    /** A payment in the US on {@code date} to a counterparty called {@code name}. */
    public static String tx(String id, String name) {
        return "{\"id\":\"" + id + "\",\"date\":\"2024-05-01\",\"kind\":\"payment\",\"jurisdiction\":\"US\","
                + "\"parties\":[{\"role\":\"counterparty\",\"name\":\"" + name + "\"}]}";
    }
}
