package io.interdict.store.testkit;

import io.interdict.core.entity.Entity;
import io.interdict.core.entity.EntityKind;
import io.interdict.core.entity.Identifier;
import io.interdict.core.entity.Name;
import io.interdict.core.match.ExactMatcher;
import io.interdict.core.measure.Event;
import io.interdict.core.measure.EventType;
import io.interdict.core.measure.Measure;
import io.interdict.core.measure.Prohibition;
import io.interdict.core.measure.Reach;
import io.interdict.core.measure.TxKind;
import io.interdict.core.screen.Policy;
import io.interdict.core.screen.Screener;
import io.interdict.core.snapshot.Snapshot;
import io.interdict.core.snapshot.SourceInfo;
import io.interdict.core.snapshot.SourcePart;
import io.interdict.core.tx.Party;
import io.interdict.core.tx.Transaction;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** One-line builders: a small sanctions list, its screener, transactions. */
public final class Fixtures {
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-15T10:00:00Z"), ZoneOffset.UTC);

    private Fixtures() {
    }

    public static Entity entity(String id, String primary, String... aliases) {
        List<Name> names = new ArrayList<>();
        names.add(Name.primary(primary));
        Arrays.stream(aliases).map(Name::alias).forEach(names::add);
        return new Entity(id, EntityKind.ORGANIZATION, names, List.of(), List.of(), null, false, null);
    }

    public static Entity withWeakAlias(Entity e, String weak) {
        List<Name> names = new ArrayList<>(e.names());
        names.add(Name.weak(weak));
        return new Entity(e.id(), e.kind(), names, e.identifiers(), e.countries(), e.attributes(), e.unconfirmed(), e.raw());
    }

    public static Entity withIds(Entity e, String... ids) {
        return new Entity(e.id(), e.kind(), e.names(), Arrays.stream(ids).map(Identifier::parse).toList(), e.countries(),
                e.attributes(), e.unconfirmed(), e.raw());
    }

    /** A sanctions list: every listed entity prohibited for every kind, in force since 2020-01-01 in the US. */
    public static Snapshot list(String checksum, List<Entity> entities) {
        List<String> targets = entities.stream().map(Entity::id).toList();
        Prohibition p = new Prohibition("all", null, targets, Set.of(Reach.DIRECT), EnumSet.allOf(TxKind.class), null,
                false, null, List.of(), false);
        Event signed = new Event(null, EventType.SIGNED, LocalDate.parse("2020-01-01"), null, null, null, List.of(), null,
                null, null, List.of(), false, false);
        Measure m = new Measure("test-list", "TEST", "Test sanctions list", null, Set.of("US"), List.of(), List.of(signed),
                List.of(p), List.of(), false, null, List.of());
        return Snapshot.of(List.of(new SourcePart(new SourceInfo("test-list", "test", "2026-01-01", null, checksum),
                entities, List.of(), List.of(m))));
    }

    /** One entity under a measure signed {@code signed}, prohibiting payments from {@code effective} in the US. */
    public static Snapshot pending(String entityName, String signed, String effective) {
        Entity e = entity("test:target", entityName);
        Prohibition p = new Prohibition("payments", null, List.of(e.id()), Set.of(Reach.DIRECT), EnumSet.of(TxKind.PAYMENT), null,
                false, null, List.of(), false);
        Event sign = new Event(null, EventType.SIGNED, LocalDate.parse(signed), null, null, null, List.of(), null, null, null,
                List.of(), false, false);
        Event eff = new Event(null, EventType.EFFECTIVE, LocalDate.parse(signed), LocalDate.parse(effective), null, null,
                List.of(), null, null, null, List.of(), false, false);
        Measure m = new Measure("test-order", "ORDER", "Test order", null, Set.of("US"), List.of(), List.of(sign, eff),
                List.of(p), List.of(), false, null, List.of());
        return Snapshot.of(List.of(new SourcePart(new SourceInfo("test-order", "test", null, null, "sha256:order"),
                List.of(e), List.of(), List.of(m))));
    }

    public static Snapshot small() {
        return list("sha256:small", List.of(entity("test:acme", "Acme Trading", "Acme Handels"),
                withWeakAlias(entity("test:ivan", "Ivan Petrov"), "Vanya"),
                entity("test:blue", "Blue Ocean Shipping")));
    }

    public static Screener screener(Snapshot s) {
        return new Screener(s, new ExactMatcher(s.entities()), Policy.DEFAULT);
    }

    public static Transaction tx(String id, String name) {
        return new Transaction(id, LocalDate.parse("2026-01-10"), null, TxKind.PAYMENT, "US",
                List.of(new Party("counterparty", name, null, List.of())), null, "10.00", "USD", null);
    }
}
